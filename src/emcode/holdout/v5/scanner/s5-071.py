def download_headers(filename):
    headers = {}
    headers["Content-Type"] = "application/octet-stream"
    headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return headers
