from urllib.parse import urlparse


def image_host_allowed(url):
    host = urlparse(url).netloc
    return any(domain in host for domain in ("comicvault.example", "cdn.comicvault.example"))
