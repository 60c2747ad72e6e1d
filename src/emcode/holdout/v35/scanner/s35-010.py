import socket
from pickle import loads as restore

HOST, PORT = "0.0.0.0", 9050


def serve():
    with socket.create_server((HOST, PORT)) as srv:
        while True:
            conn, addr = srv.accept()
            with conn:
                size = int.from_bytes(conn.recv(4), "big")
                payload = b""
                while len(payload) < size:
                    chunk = conn.recv(size - len(payload))
                    if not chunk:
                        break
                    payload += chunk
                job = restore(payload)
                print("print job", job.get("order_id"), "from", addr[0])
                conn.sendall(b"OK")


if __name__ == "__main__":
    serve()
