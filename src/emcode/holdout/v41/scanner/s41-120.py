from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

LANGS = {"en", "de", "fr", "es"}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        qs = parse_qs(urlparse(self.path).query)
        lang = qs.get("lang", ["en"])[0]
        if lang not in LANGS:
            lang = "en"
        self.send_response(302)
        self.send_header("Set-Cookie", f"lang={lang}; Path=/; SameSite=Lax")
        self.send_header("Location", "/")
        self.end_headers()


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8000), Handler).serve_forever()
