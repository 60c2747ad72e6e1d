from urllib.parse import urlsplit


def safe_api_url(url: str) -> bool:
    p = urlsplit(url)
    return p.scheme == "https" and p.hostname == "api.example.com" and p.username is None and p.port in (None, 443)
