def write_location(buf, location):
    buf.write(b"HTTP/1.1 302 Found\r\n")
    buf.write(b"Location: " + location.encode("latin-1") + b"\r\n")
    buf.write(b"Content-Length: 0\r\n\r\n")
