def build_download_response(body: bytes, filename: str) -> bytes:
    head = "HTTP/1.1 200 OK\r\n"
    head += "Content-Type: application/octet-stream\r\n"
    head += 'Content-Disposition: attachment; filename="' + filename + '"\r\n'
    head += "Content-Length: %d\r\n\r\n" % len(body)
    return head.encode("latin-1") + body
