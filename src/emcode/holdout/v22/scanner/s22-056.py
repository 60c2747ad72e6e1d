def build_redirect_response(target):
    lines = [
        "HTTP/1.1 302 Found",
        "Location: " + target,
        "Content-Length: 0",
        "",
        "",
    ]
    return "\r\n".join(lines).encode("latin-1")
