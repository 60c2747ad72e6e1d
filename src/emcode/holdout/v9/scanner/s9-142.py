import json
import os
import socket


def serve():
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("0.0.0.0", 9100))
    srv.listen(5)
    while True:
        conn, _ = srv.accept()
        with conn:
            req = conn.recv(64).strip()
            if req == b"config":
                conn.sendall(json.dumps(dict(os.environ)).encode())
            else:
                conn.sendall(b"up 1\n")


if __name__ == "__main__":
    serve()
