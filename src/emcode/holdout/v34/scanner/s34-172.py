import pickle
import socketserver


class ReadingHandler(socketserver.StreamRequestHandler):
    def handle(self):
        size = int.from_bytes(self.rfile.read(4), "big")
        frame = self.rfile.read(size)
        reading = pickle.loads(frame)
        print("inverter", reading["inverter"], "watts", reading["watts"])


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("0.0.0.0", 9400), ReadingHandler) as srv:
        srv.serve_forever()
