def redirect_response(location: str) -> bytes:
    if "\r" in location or "\n" in location:
        raise ValueError("header value contains line break")
    lines = [
        "HTTP/1.1 302 Found",
        "Location: " + location,
        "Content-Length: 0",
        "",
        "",
    ]
    return "\r\n".join(lines).encode("latin-1")
