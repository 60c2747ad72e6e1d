def build_redirect_response(location):
    lines = [
        "HTTP/1.1 302 Found",
        "Location: " + location,
        "Content-Length: 0",
        "",
        "",
    ]
    return "\r\n".join(lines).encode("latin-1")
