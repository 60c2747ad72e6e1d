from urllib.parse import parse_qs

THEMES = {"light", "dark"}

def app(environ, start_response):
    theme = parse_qs(environ.get("QUERY_STRING", "")).get("theme", ["light"])[0]
    if theme not in THEMES:
        theme = "light"
    start_response("200 OK", [("Content-Type", "text/plain"), ("X-Theme", theme)])
    return [b"ok"]
