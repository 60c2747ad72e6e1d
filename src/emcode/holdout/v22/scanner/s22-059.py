class ResponseBuilder:
    def __init__(self):
        self.headers = []

    @staticmethod
    def _check(value: str) -> str:
        if "\r" in value or "\n" in value:
            raise ValueError("header values may not contain line breaks")
        return value

    def set_language(self, lang: str):
        self.headers.append(("Set-Cookie", f"lang={self._check(lang)}; Path=/; HttpOnly"))
        return self

    def render(self) -> str:
        return "".join(f"{k}: {v}\r\n" for k, v in self.headers)
