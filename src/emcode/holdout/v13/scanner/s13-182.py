def download_headers(filename):
    headers = {}
    headers["Content-Type"] = "application/octet-stream"
    headers["Content-Disposition"] = 'attachment; filename="' + filename + '"'
    return headers
