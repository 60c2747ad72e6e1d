from urllib.parse import urlparse


def is_partner_url(url):
    netloc = urlparse(url).netloc.lower()
    return "trialsite.org" in netloc
