def redirect_headers(location, status=302):
    headers = [("Location", location), ("Cache-Control", "no-cache")]
    status_line = "%d Found" % status
    return status_line, headers
