from wsgiref.simple_server import make_server
from urllib.parse import parse_qs


def app(environ, start_response):
    qs = parse_qs(environ.get("QUERY_STRING", ""))
    name = qs.get("name", ["levels.csv"])[0]
    body = b"station,level\n4012,1.21\n"
    start_response("200 OK", [
        ("Content-Type", "text/csv"),
        ("Content-Disposition", "attachment; filename=" + name),
    ])
    return [body]


if __name__ == "__main__":
    make_server("127.0.0.1", 8000, app).serve_forever()
