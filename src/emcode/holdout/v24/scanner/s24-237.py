from urllib.parse import urlsplit
from urllib.request import urlopen

ALLOWED_AVATAR_HOSTS = frozenset({"avatars.examplecdn.com", "img.examplecdn.com"})

def cache_avatar(avatar_url: str, dest: str) -> None:
    parts = urlsplit(avatar_url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_AVATAR_HOSTS:
        raise ValueError("avatar must be hosted on the CDN")
    with urlopen(avatar_url, timeout=10) as r, open(dest, "wb") as out:
        out.write(r.read(2_000_000))
