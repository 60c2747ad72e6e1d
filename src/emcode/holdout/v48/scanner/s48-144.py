def attachment_headers(filename, size):
    return [
        ("Content-Type", "application/pdf"),
        ("Content-Length", str(size)),
        ("Content-Disposition", 'attachment; filename="%s"' % filename),
    ]
