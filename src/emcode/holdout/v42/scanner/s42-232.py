from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class ExportHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        params = parse_qs(urlparse(self.path).query)
        label = params.get("label", ["bracket"])[0]
        body = b"round,team_a,team_b\n1,nightowls,redline\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("X-Export-Label", label)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8000), ExportHandler).serve_forever()
