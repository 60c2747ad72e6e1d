import os
import socket

SOCKET_PATH = "/run/agent/agent.sock"


def start(socket_path=SOCKET_PATH):
    if os.path.exists(socket_path):
        os.unlink(socket_path)
    srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    srv.bind(socket_path)
    os.chmod(socket_path, 0o777)
    srv.listen(8)
    return srv


def main():
    srv = start()
    while True:
        conn, _ = srv.accept()
        data = conn.recv(4096)
        if data.startswith(b"STATUS"):
            conn.sendall(b"OK