from urllib.parse import urlsplit
from urllib.request import urlopen

PHOTO_HOSTS = frozenset({"photos.pawshelter.example"})


def download_photo(url, max_bytes=5_000_000):
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in PHOTO_HOSTS:
        raise ValueError("photo host not allowed")
    with urlopen(url, timeout=10) as resp:
        return resp.read(max_bytes)
