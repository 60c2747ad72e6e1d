def download_headers(filename: str, size: int) -> list[tuple[str, str]]:
    """Headers for a WSGI file download response."""
    return [
        ("Content-Type", "application/octet-stream"),
        ("Content-Length", str(size)),
        ("Content-Disposition", 'attachment; filename="%s"' % filename),
    ]
