import urllib.request


def fetch_avatar(avatar_url: str, max_bytes: int = 1_000_000) -> bytes:
    with urllib.request.urlopen(avatar_url, timeout=10) as resp:
        return resp.read(max_bytes)
