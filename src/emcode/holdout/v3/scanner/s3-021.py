from urllib.parse import urlsplit

ALLOWED = frozenset({"trusted.org", "www.trusted.org"})


def may_follow(url):
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname in ALLOWED
