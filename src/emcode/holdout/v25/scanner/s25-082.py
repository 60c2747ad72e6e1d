def redirect_response(location: str, status: int = 302) -> bytes:
    if any(ord(c) < 32 or ord(c) == 127 for c in location):
        raise ValueError("location contains control characters")
    lines = ["HTTP/1.1 %d Found" % status, "Location: %s" % location, "Content-Length: 0"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
