def attachment_headers(filename, size):
    headers = [("Content-Type", "application/octet-stream")]
    headers.append(("Content-Disposition", 'attachment; filename="%s"' % filename))
    headers.append(("Content-Length", str(size)))
    return headers


def serve_blob(start_response, filename, data):
    start_response("200 OK", attachment_headers(filename, len(data)))
    return [data]
