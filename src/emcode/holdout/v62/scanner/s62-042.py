def attachment_headers(filename, size):
    headers = {
        "Content-Type": "application/pdf",
        "Content-Length": str(size),
        "Content-Disposition": 'attachment; filename="%s"' % filename,
    }
    return headers
