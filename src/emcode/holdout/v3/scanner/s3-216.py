import re


class OriginChecker:
    def __init__(self, domain="api.example.com"):
        self.rx = re.compile(r"https://(?:www\.)?" + re.escape(domain) + r"(?::\d+)?")

    def allowed(self, origin):
        return self.rx.fullmatch(origin) is not None
