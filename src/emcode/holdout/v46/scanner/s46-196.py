import json
import os
from http.server import BaseHTTPRequestHandler, HTTPServer

ROOT = "/srv/interp/glossary"


class Handler(BaseHTTPRequestHandler):
    def do_PUT(self):
        length = int(self.headers.get("Content-Length", 0))
        body = json.loads(self.rfile.read(length))
        path = os.path.join(ROOT, body["language"], body["term"] + ".txt")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(body["definition"])
        self.send_response(201)
        self.end_headers()


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8090), Handler).serve_forever()
