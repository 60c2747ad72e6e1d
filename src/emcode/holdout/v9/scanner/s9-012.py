import pickle as pk
import socketserver


class JobHandler(socketserver.StreamRequestHandler):
    def handle(self):
        length = int(self.rfile.readline().strip())
        payload = self.rfile.read(length)
        job = pk.loads(payload)
        result = job["fn"](*job.get("args", ()))
        self.wfile.write(repr(result).encode() + b"\n")


if __name__ == "__main__":
    with socketserver.TCPServer(("0.0.0.0", 9500), JobHandler) as srv:
        srv.serve_forever()
