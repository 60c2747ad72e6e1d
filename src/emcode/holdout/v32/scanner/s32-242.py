import json
import socketserver


class TelemetryHandler(socketserver.StreamRequestHandler):
    def handle(self):
        size = int.from_bytes(self.rfile.read(4), "big")
        if size > 64 * 1024:
            return
        msg = json.loads(self.rfile.read(size))
        print(f"scooter {int(msg['id'])}: battery {int(msg['battery'])}%")
        self.wfile.write(b"ok")


if __name__ == "__main__":
    with socketserver.TCPServer(("127.0.0.1", 9500), TelemetryHandler) as srv:
        srv.serve_forever()
