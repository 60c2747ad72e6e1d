def build_response(body: bytes, lang: str) -> bytes:
    head = "HTTP/1.1 200 OK\r\n"
    head += "Content-Language: " + lang + "\r\n"
    head += "Content-Length: %d\r\n\r\n" % len(body)
    return head.encode("latin-1") + body
