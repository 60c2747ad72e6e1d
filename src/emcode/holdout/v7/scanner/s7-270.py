import re
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse, parse_qs
from pathlib import Path

EXPORT = Path("/srv/exports/latest.csv")


class ExportHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        url = urlparse(self.path)
        if url.path != "/export":
            self.send_error(404)
            return
        raw = parse_qs(url.query).get("filename", ["export.csv"])[0]
        fname = re.sub(r"[^A-Za-z0-9._-]", "_", raw)[:80] or "export.csv"
        body = EXPORT.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("Content-Disposition", f'attachment; filename="{fname}"')
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", 8080), ExportHandler).serve_forever()
