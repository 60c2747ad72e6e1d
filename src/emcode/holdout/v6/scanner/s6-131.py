from urllib.parse import urlsplit

CALLBACK_HOSTS = {"trusted.example.org"}

def allowed_callback(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname in CALLBACK_HOSTS
