import os
import socket


class ControlSocket:
    def __init__(self, path="/run/iotd/control.sock", mode=0o660):
        if os.path.exists(path):
            os.unlink(path)
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.bind(path)
        os.chmod(path, mode)
        self.sock.listen(4)

    def serve_once(self):
        conn, _ = self.sock.accept()
        with conn:
            cmd = conn.recv(64).decode().strip()
            conn.sendall(b"ok\n" if cmd in ("status", "reload") else b"unknown\n")
