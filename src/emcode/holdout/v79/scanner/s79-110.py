from urllib.parse import urlparse


def is_club_url(url):
    host = urlparse(url).netloc
    return host.endswith("sailclub.org")
