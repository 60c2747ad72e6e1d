from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class LangHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        qs = parse_qs(urlparse(self.path).query)
        lang = qs.get("lang", ["en"])[0]
        self.send_response(302)
        self.send_header("Set-Cookie", "lang=" + lang)
        self.send_header("Location", "/menu")
        self.end_headers()


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8000), LangHandler).serve_forever()
