from urllib.parse import urlsplit

ALLOWED = ("recipes.example",)

def safe_redirect_target(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().rstrip(".")
    if parts.scheme in ("http", "https") and any(host == d or host.endswith("." + d) for d in ALLOWED):
        return url
    return "/"
