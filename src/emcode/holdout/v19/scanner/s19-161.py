import json
import socketserver

HANDLERS = {"resize": lambda a: ("resized", a), "thumb": lambda a: ("thumbed", a)}


class JobHandler(socketserver.StreamRequestHandler):
    def handle(self):
        try:
            size = int(self.rfile.readline().strip())
        except ValueError:
            self.wfile.write(b"bad size\n")
            return
        if size > 1_000_000:
            self.wfile.write(b"too big\n")
            return
        job = json.loads(self.rfile.read(size))
        func = HANDLERS.get(job.get("func_name"))
        result = func(job.get("args", [])) if func else ("unknown",)
        self.wfile.write(json.dumps(result).encode() + b"\n")


if __name__ == "__main__":
    with socketserver.TCPServer(("127.0.0.1", 9100), JobHandler) as srv:
        srv.serve_forever()
