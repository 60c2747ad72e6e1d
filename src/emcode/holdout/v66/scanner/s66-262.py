import re
from urllib.parse import parse_qs


def app(environ, start_response):
    params = parse_qs(environ.get("QUERY_STRING", ""))
    name = re.sub(r"[^A-Za-z0-9_-]", "", params.get("name", ["playlist"])[0])[:60] or "playlist"
    body = b"track,artist\n"
    start_response("200 OK", [
        ("Content-Type", "text/csv"),
        ("Content-Disposition", f'attachment; filename="{name}.csv"'),
    ])
    return [body]
