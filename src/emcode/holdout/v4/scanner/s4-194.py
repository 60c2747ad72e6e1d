import urllib.request


def fetch_thumbnail(image_url, max_bytes=2_000_000):
    with urllib.request.urlopen(image_url, timeout=10) as resp:
        return resp.read(max_bytes)
