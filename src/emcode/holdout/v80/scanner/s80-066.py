import re
from wsgiref.simple_server import make_server
from urllib.parse import parse_qs

NAME_RE = re.compile(r"[A-Za-z0-9_.-]{1,64}")


def app(environ, start_response):
    qs = parse_qs(environ.get("QUERY_STRING", ""))
    name = qs.get("name", ["levels.csv"])[0]
    if not NAME_RE.fullmatch(name):
        name = "levels.csv"
    body = b"station,level\n4012,1.21\n"
    start_response("200 OK", [
        ("Content-Type", "text/csv"),
        ("Content-Disposition", f'attachment; filename="{name}"'),
    ])
    return [body]


if __name__ == "__main__":
    make_server("127.0.0.1", 8000, app).serve_forever()
