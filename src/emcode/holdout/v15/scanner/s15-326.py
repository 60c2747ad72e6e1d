from urllib.parse import urlsplit

ALLOWED = {"mybank.com", "www.mybank.com"}


def allowed_redirect(url: str) -> bool:
    url = url.strip()
    if url.startswith("/") and not url.startswith("//") and "\\" not in url:
        return True
    parts = urlsplit(url)
    return parts.scheme == "https" and (parts.hostname or "") in ALLOWED
