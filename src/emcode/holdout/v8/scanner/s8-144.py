import json
import socket

MAX = 1 << 20


def serve(port: int = 9009) -> None:
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind(("127.0.0.1", port))
    srv.listen(5)
    while True:
        conn, addr = srv.accept()
        with conn:
            data = b""
            while len(data) <= MAX:
                chunk = conn.recv(4096)
                if not chunk:
                    break
                data += chunk
            try:
                task = json.loads(data)
            except ValueError:
                continue
            print("got task", task.get("name"), "from", addr)
