from urllib.parse import urlparse

def is_trusted(url: str, domain: str = "example.com") -> bool:
    host = (urlparse(url).hostname or "").lower()
    return host == domain or host.endswith("." + domain)
