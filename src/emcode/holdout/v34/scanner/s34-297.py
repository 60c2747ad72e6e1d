def write_redirect(handler, location):
    handler.wfile.write(b"HTTP/1.1 302 Found\r\n")
    handler.wfile.write(("Location: " + location + "\r\n").encode("latin-1"))
    handler.wfile.write(b"Content-Length: 0\r\n\r\n")
