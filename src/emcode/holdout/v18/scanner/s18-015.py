import socketserver
import dill as serializer


class JobHandler(socketserver.StreamRequestHandler):
    def handle(self):
        size = int(self.rfile.readline().strip())
        payload = self.rfile.read(size)
        job = serializer.loads(payload)
        result = job()
        self.wfile.write(repr(result).encode() + b"\n")


if __name__ == "__main__":
    with socketserver.TCPServer(("127.0.0.1", 9400), JobHandler) as srv:
        srv.serve_forever()
