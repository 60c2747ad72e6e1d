import json
import socket

HOST, PORT = "127.0.0.1", 9050


def serve():
    with socket.create_server((HOST, PORT)) as srv:
        while True:
            conn, _ = srv.accept()
            with conn:
                size = int.from_bytes(conn.recv(4), "big")
                if size > 65536:
                    conn.sendall(b"TOO BIG")
                    continue
                payload = b""
                while len(payload) < size:
                    chunk = conn.recv(size - len(payload))
                    if not chunk:
                        break
                    payload += chunk
                try:
                    job = json.loads(payload)
                    order_id = int(job["order_id"])
                except (ValueError, KeyError, TypeError):
                    conn.sendall(b"BAD")
                    continue
                print("print job", order_id)
                conn.sendall(b"OK")


if __name__ == "__main__":
    serve()
