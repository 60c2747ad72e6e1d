def redirect_headers(location, status=302):
    if any(ch in location for ch in "\r\n\x00"):
        raise ValueError("header value contains control characters")
    headers = [("Location", location), ("Cache-Control", "no-cache")]
    return "%d Found" % status, headers
