from pickle import loads as decode
import socketserver


class JobHandler(socketserver.StreamRequestHandler):
    """Worker that receives job objects from the scheduler over TCP."""

    def handle(self):
        size_line = self.rfile.readline()
        try:
            size = int(size_line.strip())
        except ValueError:
            self.wfile.write(b"bad size\n")
            return
        job = decode(self.rfile.read(size))
        result = job["func_name"], len(job.get("args", ()))
        self.wfile.write(repr(result).encode() + b"\n")


if __name__ == "__main__":
    with socketserver.TCPServer(("0.0.0.0", 9100), JobHandler) as srv:
        srv.serve_forever()
