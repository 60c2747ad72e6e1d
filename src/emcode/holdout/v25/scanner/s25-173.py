def redirect_response(location, status=302):
    lines = [
        "HTTP/1.1 %d Found" % status,
        "Location: %s" % location,
        "Content-Length: 0",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
