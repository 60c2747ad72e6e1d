import re
from urllib.parse import urlsplit

MIRRORS = ["data.windco.net", "backup.windco.net"]
MIRROR_RE = re.compile("^(" + "|".join(re.escape(h) for h in MIRRORS) + ")$")


def is_mirror(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    return MIRROR_RE.match(host) is not None


def pick_download(urls):
    return [u for u in urls if urlsplit(u).scheme == "https" and is_mirror(u)]
