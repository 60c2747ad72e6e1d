from urllib.parse import urlsplit

def check_callback(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname == "good.com" and parts.username is None
