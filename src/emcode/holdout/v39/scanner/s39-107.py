import json
import os
import socketserver


class TelemetryHandler(socketserver.StreamRequestHandler):
    def handle(self):
        size = int.from_bytes(self.rfile.read(4), "big")
        if size > 65536:
            return
        blob = self.rfile.read(size)
        try:
            fix = json.loads(blob)
        except ValueError:
            return
        print("collar", repr(fix.get("tag")), "at", fix.get("lat"), fix.get("lon"))


if __name__ == "__main__":
    with socketserver.TCPServer((os.environ.get("TELEMETRY_BIND", "127.0.0.1"), 9400), TelemetryHandler) as srv:
        srv.serve_forever()
