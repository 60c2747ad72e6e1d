import json
import socketserver


class GateHandler(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            if len(line) > 4096:
                break
            try:
                event = json.loads(line)
            except ValueError:
                continue
            lot = event.get("lot")
            print("gate event lot=%r kind=%r" % (lot, event.get("kind")))


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("127.0.0.1", 7070), GateHandler) as srv:
        srv.serve_forever()
