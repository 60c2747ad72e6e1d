from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import urlparse, parse_qs

CSV = b"id,total\n1,9.99\n2,14.50\n"


class ExportHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        query = parse_qs(urlparse(self.path).query)
        fname = query.get("name", ["export.csv"])[0]
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("Content-Disposition", "attachment; filename=" + fname)
        self.send_header("Content-Length", str(len(CSV)))
        self.end_headers()
        self.wfile.write(CSV)


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8081), ExportHandler).serve_forever()
