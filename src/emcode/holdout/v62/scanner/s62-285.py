from urllib.parse import urlsplit


def allowed_feed(url):
    p = urlsplit(url)
    return p.scheme == "https" and p.hostname == "lighthouse.gov"
