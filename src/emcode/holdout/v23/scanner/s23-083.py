import json
import socketserver

MAX_LINE = 4096


class TelemetryHandler(socketserver.StreamRequestHandler):
    timeout = 10

    def handle(self):
        while True:
            line = self.rfile.readline(MAX_LINE)
            if not line:
                break
            try:
                msg = json.loads(line)
            except ValueError:
                self.wfile.write(b'{"error": "bad json"}\n')
                continue
            robot = str(msg.get("robot", "?"))[:32]
            self.wfile.write(json.dumps({"ack": robot}).encode() + b"\n")


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("127.0.0.1", 7700), TelemetryHandler) as srv:
        srv.serve_forever()
