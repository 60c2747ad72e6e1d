from urllib.parse import urlparse


def is_club_url(url):
    host = (urlparse(url).hostname or "").lower()
    return host == "sailclub.org" or host.endswith(".sailclub.org")
