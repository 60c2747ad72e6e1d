def set_cookie_header(name, value, max_age=3600):
    header = "Set-Cookie: %s=%s; Max-Age=%d; Path=/" % (name, value, max_age)
    return header
