def build_response(body: bytes, session_id: str) -> bytes:
    head = (
        "HTTP/1.1 200 OK\r\n"
        f"Content-Length: {len(body)}\r\n"
        f"Set-Cookie: sid={session_id}; HttpOnly; Secure\r\n"
        "\r\n"
    )
    return head.encode() + body
