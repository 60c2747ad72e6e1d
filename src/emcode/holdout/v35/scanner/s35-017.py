from urllib.parse import urlparse

PARTNER = "vetnet.example"


def is_partner_image(url):
    netloc = urlparse(url).netloc.lower()
    return PARTNER in netloc
