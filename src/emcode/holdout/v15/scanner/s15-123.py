def build_redirect_headers(location):
    if "\r" in location or "\n" in location:
        raise ValueError("header value must not contain line breaks")
    lines = [
        "HTTP/1.1 302 Found",
        "Location: " + location,
        "Content-Length: 0",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
