import json
import socketserver

MAX_LINE = 64 * 1024
COUNTERS = {}


class CounterHandler(socketserver.StreamRequestHandler):
    timeout = 10

    def handle(self):
        line = self.rfile.readline(MAX_LINE + 1)
        if len(line) > MAX_LINE:
            self.wfile.write(b'{"error": "line too long"}\n')
            return
        try:
            msg = json.loads(line)
            name = str(msg["counter"])[:64]
            inc = int(msg.get("by", 1))
        except (ValueError, KeyError, TypeError):
            self.wfile.write(b'{"error": "bad request"}\n')
            return
        COUNTERS[name] = COUNTERS.get(name, 0) + inc
        self.wfile.write(json.dumps({"counter": name, "value": COUNTERS[name]}).encode() + b"\n")


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("127.0.0.1", 7070), CounterHandler) as srv:
        srv.serve_forever()
