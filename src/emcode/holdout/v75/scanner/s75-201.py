from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit

CSV_BODY = b"plot,holder\n12,R. Greenway\n"


class ExportHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        query = parse_qs(urlsplit(self.path).query)
        site = query.get("site", ["all"])[0]
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("Content-Disposition", f"attachment; filename={site}-plots.csv")
        self.send_header("Content-Length", str(len(CSV_BODY)))
        self.end_headers()
        self.wfile.write(CSV_BODY)


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8081), ExportHandler).serve_forever()
