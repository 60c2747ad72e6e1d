from urllib.parse import parse_qs
from wsgiref.simple_server import make_server

STREAM_BASE = "https://stream.radio.example/live/"


def app(environ, start_response):
    qs = parse_qs(environ.get("QUERY_STRING", ""))
    station = qs.get("station", ["main"])[0]
    if environ.get("PATH_INFO") != "/listen":
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"not found"]
    start_response("302 Found", [("Location", STREAM_BASE + station),
                                 ("Cache-Control", "no-store")])
    return [b""]


if __name__ == "__main__":
    with make_server("127.0.0.1", 8000, app) as srv:
        srv.serve_forever()
