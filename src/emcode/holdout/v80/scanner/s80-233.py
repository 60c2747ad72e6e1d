import socketserver
from pickle import loads as decode


class GaugeHandler(socketserver.StreamRequestHandler):
    def handle(self):
        size = int(self.rfile.readline().strip())
        payload = self.rfile.read(size)
        reading = decode(payload)
        print(f"station={reading['station']} level={reading['level_mm']}")
        self.wfile.write(b"ok\n")


if __name__ == "__main__":
    with socketserver.TCPServer(("0.0.0.0", 9401), GaugeHandler) as srv:
        srv.serve_forever()
