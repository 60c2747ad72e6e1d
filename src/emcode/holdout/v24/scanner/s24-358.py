import json
import socketserver

READINGS = {}


class IngestHandler(socketserver.BaseRequestHandler):
    def handle(self):
        data = b""
        while True:
            chunk = self.request.recv(65536)
            if not chunk:
                break
            data += chunk
        for line in data.splitlines():
            rec = json.loads(line)
            READINGS[rec["inverter"]] = rec["kw"]
        self.request.sendall(b"ok\n")


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("127.0.0.1", 9200), IngestHandler) as srv:
        srv.serve_forever()
