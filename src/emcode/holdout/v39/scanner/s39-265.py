from urllib.parse import parse_qs


def app(environ, start_response):
    qs = parse_qs(environ.get("QUERY_STRING", ""))
    title = qs.get("title", ["untitled"])[0]
    body = b"ok"
    start_response("200 OK", [
        ("Content-Type", "text/plain"),
        ("X-Show-Title", title),
        ("Content-Length", str(len(body))),
    ])
    return [body]


if __name__ == "__main__":
    from wsgiref.simple_server import make_server
    make_server("127.0.0.1", 8000, app).serve_forever()
