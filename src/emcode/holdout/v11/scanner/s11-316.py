import re


class UrlAllowList:
    def __init__(self, hosts):
        self.patterns = [re.compile("https://" + re.escape(h)) for h in hosts]

    def allows(self, url):
        return any(p.match(url) for p in self.patterns)
