import socketserver
from pickle import loads as decode


class DispatchHandler(socketserver.StreamRequestHandler):
    def handle(self):
        size = int(self.rfile.readline().strip())
        job = decode(self.rfile.read(size))
        print("new job", job.get("pickup"), "->", job.get("dropoff"))
        self.wfile.write(b"OK\n")


if __name__ == "__main__":
    with socketserver.TCPServer(("0.0.0.0", 9400), DispatchHandler) as srv:
        srv.serve_forever()
