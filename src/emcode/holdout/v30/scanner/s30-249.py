def redirect_response(location):
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in location):
        raise ValueError("control character in Location")
    if not location.startswith("/") or location.startswith("//"):
        raise ValueError("only local redirects")
    lines = [
        "HTTP/1.1 302 Found",
        "Location: " + location,
        "Content-Length: 0",
        "",
        "",
    ]
    return "\r\n".join(lines).encode("latin-1")
