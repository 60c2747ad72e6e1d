from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import urlparse, parse_qs

SUPPORTED = {"en", "fr", "de", "nl"}


class KioskHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        query = parse_qs(urlparse(self.path).query)
        lang = query.get("lang", ["en"])[0]
        if lang not in SUPPORTED:
            lang = "en"
        body = b"<h1>Welcome to the museum kiosk</h1>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Language", lang)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8000), KioskHandler).serve_forever()
