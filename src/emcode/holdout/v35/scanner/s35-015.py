from urllib.parse import urlparse


def allowed_redirect(target):
    host = urlparse(target).netloc
    return host.endswith("bikefix.example.com")
