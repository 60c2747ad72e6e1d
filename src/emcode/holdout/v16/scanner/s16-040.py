def attach_download_headers(response, filename):
    response.headers["Content-Disposition"] = 'attachment; filename="%s"' % filename
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
