import socketserver
try:
    import cPickle as pickle
except ImportError:
    import pickle


class TelemetryHandler(socketserver.StreamRequestHandler):
    def handle(self):
        size = int(self.rfile.readline().strip())
        payload = self.rfile.read(size)
        reading = pickle.loads(payload)
        print("sensor", reading["sensor"], "temp", reading["c"])
        self.wfile.write(b"OK\n")


if __name__ == "__main__":
    with socketserver.TCPServer(("0.0.0.0", 9009), TelemetryHandler) as srv:
        srv.serve_forever()
