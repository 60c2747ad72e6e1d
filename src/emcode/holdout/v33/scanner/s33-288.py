from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler, HTTPServer

LANGS = {"en", "es", "fr", "de", "ja"}


class LessonHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        jar = SimpleCookie(self.headers.get("Cookie", ""))
        lang = jar["lang"].value if "lang" in jar else "en"
        if lang not in LANGS:
            lang = "en"
        body = b"lesson list"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Language", lang)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8081), LessonHandler).serve_forever()
