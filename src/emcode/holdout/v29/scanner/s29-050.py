import re
from urllib.parse import urlsplit

ALLOWED_MIRRORS = ["cdn.recipes.io", "img.recipes.io", "static.cookshare.org"]
MIRROR_PATTERN = re.compile("|".join(re.escape(h) for h in ALLOWED_MIRRORS))


def image_url_allowed(url):
    parts = urlsplit(url)
    if parts.scheme not in ("https",):
        return False
    return MIRROR_PATTERN.fullmatch(parts.hostname or "") is not None
