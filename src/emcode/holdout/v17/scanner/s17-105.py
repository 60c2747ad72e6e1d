def redirect_response(location: str) -> bytes:
    if any(c in location for c in "\r\n\x00"):
        raise ValueError("invalid redirect location")
    lines = ["HTTP/1.1 302 Found", "Location: " + location, "Content-Length: 0", "", ""]
    return "\r\n".join(lines).encode("latin-1")
