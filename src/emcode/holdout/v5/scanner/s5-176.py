from urllib.parse import parse_qs

def app(environ, start_response):
    qs = parse_qs(environ.get("QUERY_STRING", ""))
    theme = qs.get("theme", ["light"])[0]
    start_response("200 OK", [("Content-Type", "text/plain"), ("X-Theme", theme)])
    return [b"ok"]
