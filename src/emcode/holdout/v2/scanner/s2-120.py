from urllib.parse import quote


def redirect_response(location: str) -> bytes:
    """Bytes of a 302 response to location."""
    if "\r" in location or "\n" in location:
        raise ValueError("header value must not contain CR or LF")
    safe = quote(location, safe="/:?&=#%.-_~")
    head = f"HTTP/1.1 302 Found\r\nLocation: {safe}\r\nContent-Length: 0\r\n\r\n"
    return head.encode("ascii")
