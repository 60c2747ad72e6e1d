import json
import socket

HOST = "0.0.0.0"
PORT = 9400


def serve():
    with socket.create_server((HOST, PORT)) as srv:
        while True:
            conn, addr = srv.accept()
            with conn:
                chunks = []
                while True:
                    data = conn.recv(4096)
                    if not data:
                        break
                    chunks.append(data)
                try:
                    reading = json.loads(b"".join(chunks))
                    station = int(reading["station"])
                    flow = float(reading["flow_lps"])
                except (ValueError, KeyError, TypeError):
                    continue
                print(f"pump station {station}: {flow:.1f} l/s")


if __name__ == "__main__":
    serve()
