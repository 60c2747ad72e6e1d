import re

ALLOWED_MIRRORS = ["cdn.recipes.io", "img.recipes.io", "static.cookshare.org"]
MIRROR_PATTERN = re.compile("|".join(ALLOWED_MIRRORS))


def image_url_allowed(url):
    return MIRROR_PATTERN.search(url) is not None
