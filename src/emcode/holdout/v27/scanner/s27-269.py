from http.server import BaseHTTPRequestHandler


class Bounce(BaseHTTPRequestHandler):
    def send_location(self, where):
        self.send_response(302)
        self.send_header("Location", where)
        self.end_headers()
