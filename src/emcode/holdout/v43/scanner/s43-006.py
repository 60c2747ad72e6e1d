import json
import os
import socketserver


class DockTelemetryHandler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline(4096)
        try:
            reading = json.loads(line)
            dock = int(reading["dock"])
            battery = float(reading["battery"])
        except (ValueError, KeyError, TypeError):
            self.wfile.write(b"bad\n")
            return
        print(f"dock {dock} battery={battery:.0f}%")
        self.wfile.write(b"ok\n")


if __name__ == "__main__":
    host = os.environ.get("TELEMETRY_BIND", "127.0.0.1")
    with socketserver.TCPServer((host, 9400), DockTelemetryHandler) as srv:
        srv.serve_forever()
