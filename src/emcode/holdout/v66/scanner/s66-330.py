def download_headers(filename, size):
    return [
        ("Content-Type", "application/octet-stream"),
        ("Content-Length", str(size)),
        ("Content-Disposition", "attachment; filename=\"%s\"" % filename),
    ]
