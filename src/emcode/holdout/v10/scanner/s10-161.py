from urllib.parse import quote


def set_cookie_header(name: str, value: str, max_age: int = 3600) -> str:
    if not name.isidentifier():
        raise ValueError("cookie name must be an identifier")
    return "Set-Cookie: %s=%s; Max-Age=%d; Path=/; Secure; HttpOnly" % (name, quote(value, safe=""), max_age)
