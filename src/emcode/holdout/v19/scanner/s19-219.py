def download_response(start_response, filename, data: bytes):
    headers = [
        ("Content-Type", "application/octet-stream"),
        ("Content-Disposition", 'attachment; filename="%s"' % filename),
    ]
    start_response("200 OK", headers)
    return [data]
