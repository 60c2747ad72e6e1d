import urllib.request
from urllib.parse import urlparse

CDN_HOSTS = {"avatars.examplecdn.net", "img.examplecdn.net"}


def download_avatar(avatar_url: str, dest: str) -> str:
    parts = urlparse(avatar_url)
    if parts.scheme != "https" or parts.hostname not in CDN_HOSTS:
        raise ValueError("avatar must come from the CDN")
    with urllib.request.urlopen(avatar_url, timeout=10) as r, open(dest, "wb") as out:
        out.write(r.read(2_000_000))
    return dest
