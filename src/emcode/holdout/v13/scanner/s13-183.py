from urllib.parse import parse_qs

def app(environ, start_response):
    qs = parse_qs(environ.get("QUERY_STRING", ""))
    tag = qs.get("tag", ["none"])[0]
    start_response("200 OK", [("Content-Type", "text/plain"), ("X-Tag", tag)])
    return [b"ok"]
