import urllib.request


def fetch_avatar(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=5) as resp:
        return resp.read(1_000_000)
