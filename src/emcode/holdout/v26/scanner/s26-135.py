def redirect_response(location):
    headers = "HTTP/1.1 302 Found\r\n"
    headers += "Location: " + location + "\r\n"
    headers += "Content-Length: 0\r\n\r\n"
    return headers.encode("latin-1")
