import urllib.request
from urllib.parse import urlsplit

CDN_HOST = "cdn.lanternfox.games"


def download_avatar(url, dest):
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname != CDN_HOST:
        raise ValueError("avatars must come from the studio CDN")
    with urllib.request.urlopen(url, timeout=10) as resp, open(dest, "wb") as out:
        out.write(resp.read(5 * 1024 * 1024))
