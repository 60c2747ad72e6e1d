def raw_response(body: bytes, content_type: str) -> bytes:
    head = "HTTP/1.1 200 OK\r\nContent-Type: " + content_type + "\r\nContent-Length: %d\r\n\r\n" % len(body)
    return head.encode() + body
