def redirect_response(location: str) -> bytes:
    lines = [
        "HTTP/1.1 302 Found",
        "Location: " + location,
        "Content-Length: 0",
        "",
        "",
    ]
    return "\r\n".join(lines).encode("latin-1")
