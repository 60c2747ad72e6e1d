def application(environ, start_response):
    from urllib.parse import parse_qs
    qs = parse_qs(environ.get("QUERY_STRING", ""))
    lang = qs.get("lang", ["en"])[0]
    body = b"ok"
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Language", lang), ("Content-Length", str(len(body)))])
    return [body]
