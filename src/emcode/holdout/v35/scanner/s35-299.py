from urllib.parse import parse_qs


def app(environ, start_response):
    qs = parse_qs(environ.get("QUERY_STRING", ""))
    lang = qs.get("lang", ["en"])[0]
    start_response("200 OK", [
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Language", lang),
    ])
    return [b"Shelter opening hours: Tue-Sun 11:00-17:00\n"]


if __name__ == "__main__":
    from wsgiref.simple_server import make_server
    make_server("127.0.0.1", 8080, app).serve_forever()
