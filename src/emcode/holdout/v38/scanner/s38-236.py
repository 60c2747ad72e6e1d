from urllib.parse import parse_qs


def application(environ, start_response):
    qs = parse_qs(environ.get("QUERY_STRING", ""))
    name = qs.get("name", ["transcript"])[0]
    body = b"transcript body unavailable in preview\n"
    headers = [
        ("Content-Type", "text/plain"),
        ("Content-Disposition", "attachment; filename=" + name + ".txt"),
        ("Content-Length", str(len(body))),
    ]
    start_response("200 OK", headers)
    return [body]
