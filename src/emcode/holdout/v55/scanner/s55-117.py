from urllib.parse import urlparse


def allowed_image_source(url):
    host = urlparse(url).hostname or ""
    return host.startswith("cdn.trapnet")
