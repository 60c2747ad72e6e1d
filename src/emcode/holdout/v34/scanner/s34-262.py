import re
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

CODE = re.compile(r"[A-Z0-9]{4,16}")


class TrackHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        qs = parse_qs(urlparse(self.path).query)
        ref = qs.get("ref", [""])[0].upper()
        self.send_response(204)
        if CODE.fullmatch(ref):
            self.send_header("X-Referral-Code", ref)
        self.end_headers()


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8088), TrackHandler).serve_forever()
