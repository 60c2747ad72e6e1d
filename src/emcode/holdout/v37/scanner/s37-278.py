import json
import socketserver

MAX_FRAME = 64 * 1024


class TelemetryHandler(socketserver.StreamRequestHandler):
    def handle(self):
        size = int.from_bytes(self.rfile.read(4), "big")
        if size > MAX_FRAME:
            return
        frame = json.loads(self.rfile.read(size))
        print(f"{frame['drone']!r}: alt={float(frame['alt'])}m batt={int(frame['battery'])}%")


if __name__ == "__main__":
    with socketserver.TCPServer(("127.0.0.1", 9100), TelemetryHandler) as srv:
        srv.serve_forever()
