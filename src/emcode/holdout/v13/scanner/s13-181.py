def set_cookie_header(name, value, max_age=3600):
    return ("Set-Cookie", "%s=%s; Max-Age=%d; Path=/" % (name, value, max_age))
