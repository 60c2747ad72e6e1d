import json
import socketserver


class ReadingHandler(socketserver.StreamRequestHandler):
    def handle(self):
        size = int.from_bytes(self.rfile.read(4), "big")
        if size > 64_000:
            return
        reading = json.loads(self.rfile.read(size))
        print(f"zone {reading.get('zone')!r}: moisture {float(reading.get('moisture', 0)):.1f}%")


if __name__ == "__main__":
    with socketserver.TCPServer(("127.0.0.1", 9500), ReadingHandler) as srv:
        srv.serve_forever()
