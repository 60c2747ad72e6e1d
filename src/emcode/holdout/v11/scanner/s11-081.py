from urllib.parse import urlparse


class LinkPolicy:
    def __init__(self, domain: str):
        self.labels = domain.lower().split(".")

    def permits(self, url: str) -> bool:
        host = (urlparse(url).hostname or "").lower()
        parts = host.split(".")
        return len(parts) >= len(self.labels) and parts[-len(self.labels):] == self.labels
