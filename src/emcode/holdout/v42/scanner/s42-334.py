from urllib.parse import urlparse


def allowed_webhook(url):
    host = urlparse(url).netloc
    return host.endswith("trialsite.org")
