def redirect_response(location: str) -> bytes:
    if any(ord(c) < 32 or ord(c) == 127 for c in location):
        raise ValueError("control characters in Location")
    head = f"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\n\r\n"
    return head.encode("latin-1")
