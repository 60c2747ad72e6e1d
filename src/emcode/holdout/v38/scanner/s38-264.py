from http.cookies import SimpleCookie


def make_cookie_header(name, value, max_age=3600):
    c = SimpleCookie()
    c[name] = value
    c[name]["max-age"] = max_age
    c[name]["path"] = "/"
    c[name]["httponly"] = True
    c[name]["secure"] = True
    return ("Set-Cookie", c[name].OutputString())
