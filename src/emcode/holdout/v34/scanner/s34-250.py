from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

CSV = b"inverter,kwh\nINV-1,20\nINV-2,18\n"


class ExportHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        params = parse_qs(urlsplit(self.path).query)
        label = params.get("label", ["readings"])[0]
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("Content-Disposition", "attachment; filename=" + label + ".csv")
        self.send_header("Content-Length", str(len(CSV)))
        self.end_headers()
        self.wfile.write(CSV)


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", 8081), ExportHandler).serve_forever()
