from urllib.parse import urlsplit
from urllib.request import urlopen

COVER_HOSTS = {"covers.openlibrary.org", "images.isbndb.com"}


def download_cover(url, dest_path, limit=5_000_000):
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in COVER_HOSTS:
        raise ValueError("cover host not allowed")
    with urlopen(url, timeout=10) as resp, open(dest_path, "wb") as out:
        out.write(resp.read(limit))
