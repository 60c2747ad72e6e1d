import json
import socketserver

VALID_EVENTS = {"scan", "load", "unload", "claim"}


class ScanHandler(socketserver.StreamRequestHandler):
    def handle(self):
        for raw in self.rfile:
            if len(raw) > 4096:
                break
            try:
                evt = json.loads(raw)
            except ValueError:
                continue
            if evt.get("type") not in VALID_EVENTS:
                continue
            print(evt["type"], evt.get("tag"), evt.get("station"))


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("127.0.0.1", 7070), ScanHandler) as s:
        s.serve_forever()
