def build_response(status, body, session_id):
    head = (
        f"HTTP/1.1 {status}\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n"
        f"Set-Cookie: sid={session_id}; HttpOnly; Secure\r\n"
        f"Content-Length: {len(body.encode())}\r\n\r\n"
    )
    return head.encode() + body.encode()
