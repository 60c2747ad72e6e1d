from urllib.parse import urlsplit

def is_internal(url: str) -> bool:
    u = urlsplit(url)
    return u.scheme == "https" and u.hostname == "internal.example.com" and u.username is None
