import urllib.request


def fetch_logo(url, max_bytes=500_000):
    with urllib.request.urlopen(url, timeout=5) as resp:
        return resp.read(max_bytes)
