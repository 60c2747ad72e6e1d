import re

_SID = re.compile(r"[0-9a-f]{32}")


def build_response(status: int, body: str, session_id: str) -> bytes:
    if not _SID.fullmatch(session_id):
        raise ValueError("bad session id")
    head = (
        f"HTTP/1.1 {int(status)} OK\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n"
        f"Set-Cookie: sid={session_id}; HttpOnly; Secure\r\n"
        f"Content-Length: {len(body.encode())}\r\n\r\n"
    )
    return head.encode() + body.encode()
