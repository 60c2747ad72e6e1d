from http.server import BaseHTTPRequestHandler
from urllib.parse import urlparse, parse_qs


class TrackingHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        qs = parse_qs(urlparse(self.path).query)
        campaign = qs.get("c", ["none"])[0]
        self.send_response(204)
        self.send_header("X-Campaign", campaign)
        self.end_headers()
