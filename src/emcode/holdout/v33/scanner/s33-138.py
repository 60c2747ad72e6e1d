import re
from wsgiref.simple_server import make_server
from urllib.parse import parse_qs

from .reports import render_csv

NAME_OK = re.compile(r"[A-Za-z0-9_-]{1,40}")


def app(environ, start_response):
    qs = parse_qs(environ.get("QUERY_STRING", ""))
    name = qs.get("name", ["citations"])[0]
    if not NAME_OK.fullmatch(name):
        name = "citations"
    body = render_csv().encode()
    start_response("200 OK", [
        ("Content-Type", "text/csv"),
        ("Content-Disposition", f'attachment; filename="{name}.csv"'),
    ])
    return [body]


if __name__ == "__main__":
    make_server("127.0.0.1", 8080, app).serve_forever()
