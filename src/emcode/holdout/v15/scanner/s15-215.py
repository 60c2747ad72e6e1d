from http.cookies import SimpleCookie


class CookieWriter:
    def __init__(self, domain):
        self.domain = domain

    def cookie_header(self, name, value, max_age=3600):
        c = SimpleCookie()
        c[name] = value
        c[name]["domain"] = self.domain
        c[name]["max-age"] = int(max_age)
        c[name]["secure"] = True
        c[name]["httponly"] = True
        return c.output()
