from urllib.parse import urlsplit

ALLOWED_SUFFIXES = ("cityopendata.net", "cityopendata.org")


def is_allowed(url):
    netloc = urlsplit(url).netloc
    return any(netloc.endswith(s) for s in ALLOWED_SUFFIXES)
