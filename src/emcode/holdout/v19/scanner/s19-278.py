from urllib.parse import quote


def set_cookie_header(name: str, value: str, max_age: int = 3600):
    if not name.isidentifier():
        raise ValueError("cookie name")
    return [("Set-Cookie", f"{name}={quote(value, safe='')}; Max-Age={int(max_age)}; Path=/; HttpOnly; Secure")]
