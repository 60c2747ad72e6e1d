import socketserver

import dill


class ModelHandler(socketserver.StreamRequestHandler):
    def handle(self):
        size = int(self.rfile.readline().strip())
        payload = self.rfile.read(size)
        fn = dill.loads(payload)
        result = fn([-12.4, -11.9, -13.1])
        self.wfile.write(f"{result}\n".encode())


if __name__ == "__main__":
    with socketserver.TCPServer(("0.0.0.0", 9400), ModelHandler) as srv:
        srv.serve_forever()
