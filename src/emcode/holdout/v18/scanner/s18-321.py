import os
import socketserver

SHARE = "/srv/share"


class FileHandler(socketserver.StreamRequestHandler):
    def handle(self):
        name = self.rfile.readline().decode().strip()
        path = os.path.join(SHARE, name)
        try:
            with open(path, "rb") as fh:
                self.wfile.write(fh.read())
        except OSError:
            self.wfile.write(b"ERR\n")


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("127.0.0.1", 7070), FileHandler) as srv:
        srv.serve_forever()
