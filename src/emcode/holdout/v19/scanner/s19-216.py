def build_redirect(location):
    """Return raw HTTP response bytes redirecting the client."""
    headers = "HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n"
    return headers.encode("latin-1")
