import _pickle
import socketserver


class JobHandler(socketserver.StreamRequestHandler):
    def handle(self):
        payload = self.rfile.read()
        job = _pickle.loads(payload)
        result = job["func"](*job.get("args", ()))
        self.wfile.write(repr(result).encode())


if __name__ == "__main__":
    with socketserver.TCPServer(("0.0.0.0", 9000), JobHandler) as server:
        server.serve_forever()
