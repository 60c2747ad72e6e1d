import re
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

CSV_BODY = b"block,kg\nA1,3200\nB4,5800\n"
SLUG = re.compile(r"[a-z0-9-]{1,40}")


class ExportHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        parsed = urlparse(self.path)
        if parsed.path != "/export":
            self.send_error(404)
            return
        qs = parse_qs(parsed.query)
        vineyard = qs.get("vineyard", ["estate"])[0]
        if not SLUG.fullmatch(vineyard):
            self.send_error(400, "bad vineyard")
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("Content-Disposition", f"attachment; filename={vineyard}-harvest.csv")
        self.send_header("Content-Length", str(len(CSV_BODY)))
        self.end_headers()
        self.wfile.write(CSV_BODY)


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8000), ExportHandler).serve_forever()
