from urllib.parse import parse_qs


def app(environ, start_response):
    qs = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
    lang = qs.get("lang", ["en"])[0]
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Language", lang)])
    return [b"Lighthouse tours: see the schedule board.\n"]
