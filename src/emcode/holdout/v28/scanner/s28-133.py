import json
import os
import socketserver


class TelemetryHandler(socketserver.StreamRequestHandler):
    def handle(self):
        size = int.from_bytes(self.rfile.read(4), "big")
        if size > 65536:
            return
        frame = self.rfile.read(size)
        try:
            reading = json.loads(frame)
            container = str(reading["container"])[:20]
            temp = float(reading["temp_c"])
        except (ValueError, KeyError, TypeError):
            return
        print(f"container {container!r} temp={temp:.1f}")


if __name__ == "__main__":
    host = os.environ.get("TELEMETRY_HOST", "127.0.0.1")
    with socketserver.TCPServer((host, 9400), TelemetryHandler) as srv:
        srv.serve_forever()
