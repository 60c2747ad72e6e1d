import pickle
import socketserver


class TelemetryHandler(socketserver.StreamRequestHandler):
    def handle(self):
        size = int.from_bytes(self.rfile.read(4), "big")
        blob = self.rfile.read(size)
        fix = pickle.loads(blob)
        print("collar", fix.get("tag"), "at", fix.get("lat"), fix.get("lon"))


if __name__ == "__main__":
    with socketserver.TCPServer(("0.0.0.0", 9400), TelemetryHandler) as srv:
        srv.serve_forever()
