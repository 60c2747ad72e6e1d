import socketserver
import json

READINGS = {"inverter-1": 4.2, "inverter-2": 3.9}


class StatusHandler(socketserver.StreamRequestHandler):
    timeout = 10

    def handle(self):
        line = self.rfile.readline(256).decode("utf-8", "replace").strip()
        if line not in READINGS:
            self.wfile.write(b'{"error": "unknown"}\n')
            return
        self.wfile.write((json.dumps({"id": line, "kw": READINGS[line]}) + "\n").encode())


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("127.0.0.1", 9100), StatusHandler) as srv:
        srv.serve_forever()
