def redirect_response(location: str) -> bytes:
    if any(ord(c) < 32 or ord(c) == 127 for c in location) or not location.startswith("/"):
        raise ValueError("invalid redirect location")
    lines = ["HTTP/1.1 302 Found", "Location: " + location, "Content-Length: 0", "", ""]
    return "\r\n".join(lines).encode("latin-1")
