from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class TrackHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        qs = parse_qs(urlparse(self.path).query)
        ref = qs.get("ref", [""])[0]
        self.send_response(204)
        self.send_header("X-Referral-Code", ref)
        self.end_headers()


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8088), TrackHandler).serve_forever()
