def set_download_name(headers, filename):
    headers["Content-Disposition"] = 'attachment; filename="%s"' % filename
    headers["X-Original-Name"] = filename
    return headers
