def _check(value: str, what: str) -> str:
    if "\r" in value or "\n" in value:
        raise ValueError(f"{what} contains a line break")
    return value


def build_redirect_response(location: str, cookie_value: str) -> bytes:
    lines = [
        "HTTP/1.1 302 Found",
        "Location: " + _check(location, "location"),
        "Set-Cookie: session=" + _check(cookie_value, "cookie") + "; HttpOnly; Secure",
        "Content-Length: 0",
        "",
        "",
    ]
    return "\r\n".join(lines).encode("latin-1")
