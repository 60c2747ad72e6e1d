def build_set_cookie(name, value, max_age=3600):
    line = "Set-Cookie: " + name + "=" + value + "; Max-Age=" + str(max_age) + "; HttpOnly; Secure\r\n"
    return line.encode("latin-1")
