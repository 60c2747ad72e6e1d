import socketserver
import struct
from pickle import loads


class JobHandler(socketserver.StreamRequestHandler):
    def handle(self):
        header = self.rfile.read(4)
        (length,) = struct.unpack("!I", header)
        job = loads(self.rfile.read(length))
        result = sum(job.get("values", []))
        self.wfile.write(str(result).encode() + b"\n")


if __name__ == "__main__":
    with socketserver.TCPServer(("0.0.0.0", 9009), JobHandler) as srv:
        srv.serve_forever()
