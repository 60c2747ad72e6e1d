class CookieWriter:
    def __init__(self, domain):
        self.domain = domain

    def cookie_header(self, name, value, max_age=3600):
        header = "Set-Cookie: {}={}; Domain={}; Max-Age={}; Secure; HttpOnly".format(
            name, value, self.domain, max_age)
        return header
