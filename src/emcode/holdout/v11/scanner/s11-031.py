import re


class UrlAllowList:
    def __init__(self, hosts):
        self.patterns = [re.compile(r"https://" + re.escape(h) + r"(?::\d+)?(?:/|$)") for h in hosts]

    def allows(self, url: str) -> bool:
        return any(p.match(url) for p in self.patterns)
