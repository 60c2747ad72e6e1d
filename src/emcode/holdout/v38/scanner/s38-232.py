def make_cookie_header(name, value, max_age=3600):
    return ("Set-Cookie", "%s=%s; Max-Age=%d; Path=/; HttpOnly; Secure" % (name, value, max_age))
