import socketserver

import dill


class TelemetryHandler(socketserver.StreamRequestHandler):
    def handle(self):
        size = int.from_bytes(self.rfile.read(4), "big")
        payload = self.rfile.read(size)
        sample = dill.loads(payload)
        print("panel", sample["panel"], "voltage", sample["v"])
        self.wfile.write(b"ok\n")


if __name__ == "__main__":
    with socketserver.TCPServer(("0.0.0.0", 9020), TelemetryHandler) as srv:
        srv.serve_forever()
