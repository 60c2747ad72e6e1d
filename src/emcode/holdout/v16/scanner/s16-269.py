from urllib.parse import quote


def http_response(body: str, session_value: str) -> bytes:
    cookie = quote(session_value, safe="")
    lines = [
        "HTTP/1.1 200 OK",
        "Content-Type: text/plain; charset=utf-8",
        "Set-Cookie: session=" + cookie + "; HttpOnly; Secure; SameSite=Lax",
        "Content-Length: %d" % len(body.encode()),
        "",
        body,
    ]
    return "\r\n".join(lines).encode()
