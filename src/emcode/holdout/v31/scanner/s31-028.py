from urllib.parse import urlparse


def is_museum_url(url):
    host = urlparse(url).netloc
    return host.endswith("museum.org")
