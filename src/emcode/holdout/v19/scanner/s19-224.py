import urllib.request


def fetch_avatar(url: str, max_bytes: int = 2_000_000) -> bytes:
    """Download a user's avatar image."""
    with urllib.request.urlopen(url, timeout=10) as resp:
        return resp.read(max_bytes)
