def redirect_response(target):
    status = "HTTP/1.1 302 Found\r\n"
    headers = "Location: " + target + "\r\nContent-Length: 0\r\n"
    return (status + headers + "\r\n").encode("latin-1")
