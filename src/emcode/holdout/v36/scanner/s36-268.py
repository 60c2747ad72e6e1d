def redirect_response(location):
    if any(c in location for c in "\r\n\0"):
        raise ValueError("invalid characters in Location")
    lines = [
        "HTTP/1.1 302 Found",
        "Location: " + location,
        "Content-Length: 0",
        "",
        "",
    ]
    return "\r\n".join(lines).encode("latin-1")
