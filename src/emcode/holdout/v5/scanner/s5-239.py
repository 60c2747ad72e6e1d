from urllib.parse import urlparse

TRUSTED = {"trusted.org", "www.trusted.org"}

def allowed_redirect(url):
    p = urlparse(url)
    return p.scheme in ("http", "https") and p.hostname in TRUSTED
