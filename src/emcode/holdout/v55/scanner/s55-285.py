from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import urlparse, parse_qs

SCORES = {"Valkyries": 3, "Night Owls": 1}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        u = urlparse(self.path)
        team = parse_qs(u.query).get("team", [""])[0]
        body = "<p>%s: %s</p>" % (team, SCORES.get(team, "n/a"))
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("X-Team", team)
        self.end_headers()
        self.wfile.write(body.encode())


if __name__ == "__main__":
    HTTPServer(("0.0.0.0", 8000), Handler).serve_forever()
