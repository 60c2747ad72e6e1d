from urllib.parse import urlparse


def is_trusted_image_source(url):
    host = urlparse(url).hostname or ""
    return host.endswith("vineyardlogs.com")
