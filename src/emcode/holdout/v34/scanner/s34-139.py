def write_redirect(handler, location):
    if any(ch in location for ch in "\r\n\x00"):
        raise ValueError("illegal character in redirect target")
    if not location.startswith("/") or location.startswith("//"):
        raise ValueError("only local redirects")
    handler.wfile.write(b"HTTP/1.1 302 Found\r\n")
    handler.wfile.write(("Location: " + location + "\r\n").encode("latin-1"))
    handler.wfile.write(b"Content-Length: 0\r\n\r\n")
