def attachment_headers(filename, size):
    headers = {}
    headers["Content-Type"] = "application/pdf"
    headers["Content-Length"] = str(size)
    headers["Content-Disposition"] = 'attachment; filename="%s"' % filename
    return headers
