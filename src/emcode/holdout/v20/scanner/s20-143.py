import json
import socketserver
import struct


class JobHandler(socketserver.StreamRequestHandler):
    def handle(self):
        header = self.rfile.read(4)
        (length,) = struct.unpack("!I", header)
        if length > 65536:
            return
        job = json.loads(self.rfile.read(length))
        values = [float(v) for v in job.get("values", [])]
        self.wfile.write(str(sum(values)).encode() + b"\n")


if __name__ == "__main__":
    with socketserver.TCPServer(("127.0.0.1", 9009), JobHandler) as srv:
        srv.serve_forever()
