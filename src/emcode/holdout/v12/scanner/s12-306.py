from urllib.parse import parse_qs

SUPPORTED = {"en", "de", "fr", "es", "pt"}


def app(environ, start_response):
    params = parse_qs(environ.get("QUERY_STRING", ""))
    lang = params.get("lang", ["en"])[0]
    if lang not in SUPPORTED:
        lang = "en"
    body = f"language set to {lang}".encode()
    headers = [
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Set-Cookie", "lang=" + lang + "; Path=/; SameSite=Lax; Secure"),
        ("Content-Length", str(len(body))),
    ]
    start_response("200 OK", headers)
    return [body]


if __name__ == "__main__":
    from wsgiref.simple_server import make_server
    make_server("127.0.0.1", 8001, app).serve_forever()
