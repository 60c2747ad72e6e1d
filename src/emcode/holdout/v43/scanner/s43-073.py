from urllib.parse import parse_qs

LANGS = {"en", "de", "fr", "es", "pl", "ja"}


def application(environ, start_response):
    qs = parse_qs(environ.get("QUERY_STRING", ""))
    lang = qs.get("lang", ["en"])[0]
    if lang not in LANGS:
        lang = "en"
    body = b"ok"
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Language", lang), ("Content-Length", str(len(body)))])
    return [body]
