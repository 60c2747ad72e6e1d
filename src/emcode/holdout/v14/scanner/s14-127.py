def build_redirect_response(location: str, cookie_value: str) -> bytes:
    lines = [
        "HTTP/1.1 302 Found",
        "Location: " + location,
        "Set-Cookie: session=" + cookie_value + "; HttpOnly",
        "Content-Length: 0",
        "",
        "",
    ]
    return "\r\n".join(lines).encode("latin-1")
