from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import urlparse, parse_qs


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        qs = parse_qs(urlparse(self.path).query)
        page = qs.get("page", ["home"])[0]
        self.wfile.write(b"HTTP/1.1 302 Found\r\n")
        self.wfile.write(("Location: /pages/" + page + "\r\n\r\n").encode("latin-1"))


HTTPServer(("127.0.0.1", 8080), Handler).serve_forever()
