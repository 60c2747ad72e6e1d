import socketserver
from pickle import loads as restore


class DockTelemetryHandler(socketserver.StreamRequestHandler):
    def handle(self):
        size = int(self.rfile.readline().strip())
        payload = self.rfile.read(size)
        reading = restore(payload)
        print(f"dock {reading['dock']} battery={reading['battery']}%")
        self.wfile.write(b"ok\n")


if __name__ == "__main__":
    with socketserver.TCPServer(("0.0.0.0", 9400), DockTelemetryHandler) as srv:
        srv.serve_forever()
