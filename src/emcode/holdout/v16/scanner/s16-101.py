from urllib.parse import urlsplit

ALLOWED = ("api.example.com", "auth.example.com")


def check_endpoint(url: str) -> str:
    netloc = urlsplit(url).netloc
    if not netloc.startswith(ALLOWED):
        raise ValueError("endpoint not allowed")
    return url
