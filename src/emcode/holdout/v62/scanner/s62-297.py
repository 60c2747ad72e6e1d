import pickle
import socketserver


class ReadingHandler(socketserver.StreamRequestHandler):
    def handle(self):
        size = int.from_bytes(self.rfile.read(4), "big")
        reading = pickle.loads(self.rfile.read(size))
        print(f"zone {reading['zone']}: moisture {reading['moisture']}%")


if __name__ == "__main__":
    with socketserver.TCPServer(("0.0.0.0", 9500), ReadingHandler) as srv:
        srv.serve_forever()
