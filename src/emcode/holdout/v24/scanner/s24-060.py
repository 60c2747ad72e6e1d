def build_redirect(sock, target):
    response = "HTTP/1.1 302 Found\r\n"
    response += "Location: " + target + "\r\n"
    response += "Content-Length: 0\r\n\r\n"
    sock.sendall(response.encode("latin-1"))
