from urllib.parse import urlparse

TRUSTED = frozenset({"farmhire.example", "www.farmhire.example"})


def allowed_redirect(url):
    p = urlparse(url)
    return p.scheme in ("http", "https") and p.hostname in TRUSTED
