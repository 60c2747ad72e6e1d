import urllib.request


def fetch_avatar(url: str, limit: int = 1_000_000) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as resp:
        return resp.read(limit)
