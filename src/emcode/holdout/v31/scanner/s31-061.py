def redirect_response(next_path):
    status = "HTTP/1.1 302 Found\r\n"
    location = "Location: /tickets/" + next_path + "\r\n"
    return (status + location + "Content-Length: 0\r\n\r\n").encode("latin-1")
