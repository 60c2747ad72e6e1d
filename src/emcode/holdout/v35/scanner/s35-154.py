from urllib.parse import urlparse


def is_site_portal(url):
    netloc = urlparse(url).netloc.lower()
    return netloc.startswith("portal.trialsite.example.com")
