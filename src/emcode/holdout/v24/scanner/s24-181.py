import os
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

READINGS = {"inverter_power_kw": 4.1, "inverter_temp_c": 41.5}


class Metrics(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path != "/metrics":
            self.send_error(404)
            return
        body = "".join(f"{k} {v}\n" for k, v in READINGS.items()).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; version=0.0.4")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    host = os.environ.get("METRICS_HOST", "127.0.0.1")
    ThreadingHTTPServer((host, 9108), Metrics).serve_forever()
