def http_response(body: str, session_value: str) -> bytes:
    lines = [
        "HTTP/1.1 200 OK",
        "Content-Type: text/plain",
        "Set-Cookie: session=" + session_value,
        "Content-Length: %d" % len(body.encode()),
        "",
        body,
    ]
    return "\r\n".join(lines).encode()
