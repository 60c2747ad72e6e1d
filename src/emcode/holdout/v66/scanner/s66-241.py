def app(environ, start_response):
    from urllib.parse import parse_qs
    params = parse_qs(environ.get("QUERY_STRING", ""))
    name = params.get("name", ["playlist"])[0]
    body = b"track,artist\n"
    start_response("200 OK", [
        ("Content-Type", "text/csv"),
        ("Content-Disposition", "attachment; filename=" + name + ".csv"),
    ])
    return [body]
