import os
import socketserver

SHARE = "/srv/share"


def manifest():
    return {name for name in os.listdir(SHARE) if os.path.isfile(os.path.join(SHARE, name))}


class FileHandler(socketserver.StreamRequestHandler):
    def handle(self):
        name = self.rfile.readline(256).decode("utf-8", "replace").strip()
        if name not in manifest():
            self.wfile.write(b"ERR not found\n")
            return
        with open(os.path.join(SHARE, name), "rb") as fh:
            self.wfile.write(fh.read())


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("127.0.0.1", 7070), FileHandler) as srv:
        srv.serve_forever()
