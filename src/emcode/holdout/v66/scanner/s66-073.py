import json
import socketserver


class DispatchHandler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline(65536)
        try:
            job = json.loads(line)
        except json.JSONDecodeError:
            self.wfile.write(b"ERR\n")
            return
        print("new job", job.get("pickup"), "->", job.get("dropoff"))
        self.wfile.write(b"OK\n")


if __name__ == "__main__":
    with socketserver.TCPServer(("127.0.0.1", 9400), DispatchHandler) as srv:
        srv.serve_forever()
