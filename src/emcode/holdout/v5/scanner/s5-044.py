def build_response(body: bytes, session_value: str) -> bytes:
    head = "HTTP/1.1 200 OK\r\n"
    head += "Set-Cookie: session=" + session_value + "\r\n"
    head += "Content-Length: %d\r\n\r\n" % len(body)
    return head.encode() + body
