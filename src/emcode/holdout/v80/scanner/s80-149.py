import json
import socketserver


class GaugeHandler(socketserver.StreamRequestHandler):
    def handle(self):
        for raw in self.rfile:
            if len(raw) > 4096:
                break
            try:
                reading = json.loads(raw)
                level = float(reading["level_mm"])
            except (ValueError, KeyError, TypeError):
                self.wfile.write(b"err\n")
                continue
            self.server.latest[str(reading.get("station", "?"))] = level
            self.wfile.write(b"ok\n")


class GaugeServer(socketserver.ThreadingTCPServer):
    def __init__(self, addr):
        super().__init__(addr, GaugeHandler)
        self.latest = {}


if __name__ == "__main__":
    with GaugeServer(("127.0.0.1", 9401)) as srv:
        srv.serve_forever()
