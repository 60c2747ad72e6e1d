def write_redirect(sock, location: str) -> None:
    if any(ch in location for ch in "\r\n\0") or not location.startswith("/") or location.startswith("//"):
        raise ValueError("invalid redirect location")
    response = "HTTP/1.1 302 Found\r\n"
    response += "Location: %s\r\n" % location
    response += "Content-Length: 0\r\n\r\n"
    sock.sendall(response.encode("latin-1"))
