from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        qs = parse_qs(urlparse(self.path).query)
        lang = qs.get("lang", ["ASL"])[0]
        body = b"interpreter directory\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("X-Preferred-Language", lang)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8088), Handler).serve_forever()
