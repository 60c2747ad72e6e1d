from urllib.parse import quote, urlsplit

import httpx

BASE = "https://files.example.com/"


def fetch_document(path: str) -> bytes:
    if urlsplit(path).scheme or path.startswith("//"):
        raise ValueError("pass a path, not a URL")
    url = BASE + quote(path.lstrip("/"), safe="/")
    return httpx.get(url, timeout=10, follow_redirects=False).content
