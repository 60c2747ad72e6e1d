from urllib.request import urlopen


def download_photo(url, max_bytes=5_000_000):
    with urlopen(url, timeout=10) as resp:
        return resp.read(max_bytes)
