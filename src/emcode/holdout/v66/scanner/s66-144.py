def download_headers(filename, size):
    if any(c in filename for c in '\r\n"'):
        raise ValueError("invalid filename")
    return [
        ("Content-Type", "application/octet-stream"),
        ("Content-Length", str(int(size))),
        ("Content-Disposition", 'attachment; filename="%s"' % filename),
    ]
