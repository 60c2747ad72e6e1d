def redirect_response(location: str) -> bytes:
    if any(c in location for c in "\r\n") or not location.isascii():
        raise ValueError("invalid redirect location")
    return ("HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n").encode("ascii")
