import pickle
import socketserver


class TelemetryHandler(socketserver.StreamRequestHandler):
    def handle(self):
        size = int.from_bytes(self.rfile.read(4), "big")
        msg = pickle.loads(self.rfile.read(size))
        print(f"scooter {msg['id']}: battery {msg['battery']}%")
        self.wfile.write(b"ok")


if __name__ == "__main__":
    with socketserver.TCPServer(("0.0.0.0", 9500), TelemetryHandler) as srv:
        srv.serve_forever()
