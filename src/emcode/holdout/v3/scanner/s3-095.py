import re


class OriginChecker:
    def __init__(self, domain="api.example.com"):
        self.rx = re.compile("https://" + self.domain_pattern(domain))

    @staticmethod
    def domain_pattern(domain):
        return "(www\\.)?" + domain

    def allowed(self, origin):
        return self.rx.match(origin) is not None
