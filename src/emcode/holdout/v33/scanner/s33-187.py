from http.server import BaseHTTPRequestHandler, HTTPServer
from http.cookies import SimpleCookie


class LessonHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        jar = SimpleCookie(self.headers.get("Cookie", ""))
        lang = jar["lang"].value if "lang" in jar else "en"
        body = b"lesson list"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Language", lang)
        self.send_header("X-Requested-Path", self.path)
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8081), LessonHandler).serve_forever()
