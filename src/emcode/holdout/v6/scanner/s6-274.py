import socketserver
import time

START = time.time()
COMMANDS = {"uptime": lambda: f"{time.time() - START:.0f}s", "ping": lambda: "pong"}

class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        cmd = self.rfile.readline().strip().decode(errors="replace")
        fn = COMMANDS.get(cmd)
        self.wfile.write((fn() if fn else "unknown").encode() + b"\n")

if __name__ == "__main__":
    with socketserver.TCPServer(("127.0.0.1", 9999), Handler) as srv:
        srv.serve_forever()
