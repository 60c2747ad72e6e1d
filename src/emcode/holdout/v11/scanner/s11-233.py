class LinkPolicy:
    def __init__(self, domain):
        self.domain = domain

    def permits(self, url):
        host = url.split("/")[2] if "://" in url else url
        return self.domain in host
