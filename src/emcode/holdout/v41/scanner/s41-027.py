from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        qs = parse_qs(urlparse(self.path).query)
        lang = qs.get("lang", ["en"])[0]
        self.send_response(302)
        self.send_header("Set-Cookie", "lang=" + lang + "; Path=/")
        self.send_header("Location", "/")
        self.end_headers()


if __name__ == "__main__":
    HTTPServer(("0.0.0.0", 8000), Handler).serve_forever()
