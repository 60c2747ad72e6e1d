from wsgiref.simple_server import make_server
from urllib.parse import parse_qs

from .reports import render_csv


def app(environ, start_response):
    qs = parse_qs(environ.get("QUERY_STRING", ""))
    name = qs.get("name", ["citations"])[0]
    body = render_csv().encode()
    start_response("200 OK", [
        ("Content-Type", "text/csv"),
        ("Content-Disposition", "attachment; filename=" + name + ".csv"),
    ])
    return [body]


if __name__ == "__main__":
    make_server("127.0.0.1", 8080, app).serve_forever()
