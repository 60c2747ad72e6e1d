def download_headers(filename, size):
    """Headers for a file download response."""
    return [
        ("Content-Type", "application/octet-stream"),
        ("Content-Length", str(size)),
        ("Content-Disposition", 'attachment; filename="%s"' % filename),
    ]
