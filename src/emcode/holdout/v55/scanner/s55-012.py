def set_cookie_header(name, value):
    if any(c in value for c in "\r\n;,"):
        raise ValueError("illegal cookie value")
    if not name.isidentifier():
        raise ValueError("illegal cookie name")
    return ("Set-Cookie", f"{name}={value}; Path=/; HttpOnly; Secure; SameSite=Lax")
