from urllib.parse import urlparse

ALLOWED = frozenset({"gardenshare.org", "www.gardenshare.org"})


def allowed_callback(url):
    p = urlparse(url)
    return p.scheme in ("https",) and (p.hostname or "") in ALLOWED
