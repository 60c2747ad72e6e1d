from urllib.parse import urlsplit


def is_brigade_host(url):
    netloc = urlsplit(url).netloc
    return "northvale-fire.org" in netloc
