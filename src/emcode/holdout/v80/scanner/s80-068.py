from urllib.parse import urlparse


def is_partner_url(url):
    host = urlparse(url).netloc
    return host.endswith("tidegauge.org")
