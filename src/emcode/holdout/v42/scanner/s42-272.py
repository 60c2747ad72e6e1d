def build_set_cookie(name, value, max_age=3600):
    for part in (name, value):
        if any(ch in part for ch in "\r\n;,"):
            raise ValueError("illegal character in cookie")
    line = f"Set-Cookie: {name}={value}; Max-Age={int(max_age)}; HttpOnly; Secure\r\n"
    return line.encode("latin-1")
