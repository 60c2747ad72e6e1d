def build_redirect_response(location):
    if any(ch in location for ch in "\r\n\x00"):
        raise ValueError("invalid location")
    lines = [
        "HTTP/1.1 302 Found",
        "Location: " + location,
        "Content-Length: 0",
        "",
        "",
    ]
    return "\r\n".join(lines).encode("latin-1")
