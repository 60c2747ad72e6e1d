from urllib.parse import urlsplit

INTERNAL_HOSTS = {"newsletter.example.org", "www.newsletter.example.org"}


def is_internal_link(url):
    host = urlsplit(url).hostname
    return host is not None and host.lower() in INTERNAL_HOSTS
