def write_redirect(sock, location):
    if "\r" in location or "\n" in location:
        raise ValueError("invalid Location value")
    head = "HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n"
    sock.sendall(head.encode("latin-1"))
