import pickle as pk
import socketserver


class TelemetryHandler(socketserver.StreamRequestHandler):
    def handle(self):
        size = int.from_bytes(self.rfile.read(4), "big")
        frame = pk.loads(self.rfile.read(size))
        print(f"{frame['drone']}: alt={frame['alt']}m batt={frame['battery']}%")


if __name__ == "__main__":
    with socketserver.TCPServer(("0.0.0.0", 9100), TelemetryHandler) as srv:
        srv.serve_forever()
