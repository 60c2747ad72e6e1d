from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

COUNTERS = {"tickets_issued": 0, "gate_opens": 0}


class Admin(BaseHTTPRequestHandler):
    def do_GET(self):
        body = "".join(f"{k} {v}\n" for k, v in COUNTERS.items()).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        if self.path == "/reset":
            for k in COUNTERS:
                COUNTERS[k] = 0
        self.send_response(204)
        self.end_headers()


if __name__ == "__main__":
    ThreadingHTTPServer(("0.0.0.0", 9108), Admin).serve_forever()
