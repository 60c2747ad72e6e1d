import pickle as pk
import socketserver


class JobHandler(socketserver.StreamRequestHandler):
    """Receives a serialized job from a client and runs it."""

    def handle(self):
        size = int(self.rfile.readline().strip())
        payload = self.rfile.read(size)
        job = pk.loads(payload)
        result = job["func"](*job.get("args", ()))
        self.wfile.write(repr(result).encode() + b"\n")


if __name__ == "__main__":
    with socketserver.TCPServer(("127.0.0.1", 9100), JobHandler) as srv:
        srv.serve_forever()
