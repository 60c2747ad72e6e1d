def build_redirect(location: str) -> bytes:
    if "\r" in location or "\n" in location:
        raise ValueError("invalid header value")
    return ("HTTP/1.1 302 Found\r\nLocation: %s\r\nContent-Length: 0\r\n\r\n" % location).encode()
