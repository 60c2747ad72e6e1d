from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        params = parse_qs(urlparse(self.path).query)
        dest = params.get("to", ["/"])[0]
        self.send_response(302)
        self.send_header("Location", dest)
        self.end_headers()


if __name__ == "__main__":
    HTTPServer(("", 8080), Handler).serve_forever()
