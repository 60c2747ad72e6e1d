class ResponseBuilder:
    def __init__(self):
        self.headers = []

    def set_language(self, lang):
        self.headers.append(("Set-Cookie", f"lang={lang}; Path=/; HttpOnly"))
        return self

    def render(self):
        return "".join(f"{k}: {v}\r\n" for k, v in self.headers)
