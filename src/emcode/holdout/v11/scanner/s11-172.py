from urllib.parse import urljoin

import httpx

BASE = "https://files.example.com/"


def fetch_document(path_or_url: str) -> bytes:
    url = urljoin(BASE, path_or_url)
    return httpx.get(url, timeout=10).content
