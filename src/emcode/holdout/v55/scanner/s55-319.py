import re
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse, parse_qs

ROWS = ["sample_id,ph,chlorine", "S1,7.2,0.5", "S2,7.4,0.4"]
_not_slug = re.compile(r"[^a-z0-9-]")


class QualityReport(BaseHTTPRequestHandler):
    def do_GET(self):
        q = parse_qs(urlparse(self.path).query)
        district = _not_slug.sub("", q.get("district", ["all"])[0].lower())[:40] or "all"
        body = ("\n".join(ROWS) + "\n").encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("Content-Disposition", f'attachment; filename="{district}-quality.csv"')
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", 8081), QualityReport).serve_forever()
