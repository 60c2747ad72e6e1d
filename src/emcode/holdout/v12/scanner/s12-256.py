import re
import json
from http.server import BaseHTTPRequestHandler, HTTPServer

TRUSTED_DOMAIN = "hooks.example.org"
ORIGIN_PATTERN = re.compile("^https://%s" % TRUSTED_DOMAIN)


class HookHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        origin = self.headers.get("Origin", "")
        if not ORIGIN_PATTERN.search(origin):
            self.send_response(403)
            self.end_headers()
            return
        length = int(self.headers.get("Content-Length", "0"))
        event = json.loads(self.rfile.read(length) or b"{}")
        self.send_response(202)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"queued": event.get("type")}).encode())


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8085), HookHandler).serve_forever()
