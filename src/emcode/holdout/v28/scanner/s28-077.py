import pickle
import socketserver


class TelemetryHandler(socketserver.StreamRequestHandler):
    def handle(self):
        size = int.from_bytes(self.rfile.read(4), "big")
        frame = self.rfile.read(size)
        reading = pickle.loads(frame)
        print(f"container {reading['container']} temp={reading['temp_c']}")


if __name__ == "__main__":
    with socketserver.TCPServer(("0.0.0.0", 9400), TelemetryHandler) as srv:
        srv.serve_forever()
