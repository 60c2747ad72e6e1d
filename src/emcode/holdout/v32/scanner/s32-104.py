from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import urlparse, parse_qs

LANGS = ("en", "de", "fr")


class LangRedirect(BaseHTTPRequestHandler):
    def do_GET(self):
        qs = parse_qs(urlparse(self.path).query)
        lang = qs.get("lang", ["en"])[0]
        if lang not in LANGS:
            lang = "en"
        self.send_response(302)
        self.send_header("Location", "/" + lang + "/garden")
        self.end_headers()


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), LangRedirect).serve_forever()
