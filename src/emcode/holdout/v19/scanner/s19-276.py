def build_redirect(location: str) -> bytes:
    if "\r" in location or "\n" in location:
        raise ValueError("invalid characters in redirect location")
    head = "HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n"
    return head.encode("latin-1")
