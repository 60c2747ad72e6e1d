def redirect_response(location: str) -> bytes:
    """Bytes of a 302 response to location."""
    head = f"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\n\r\n"
    return head.encode("latin-1")
