from urllib.parse import urlparse


def allowed_callback(url):
    netloc = urlparse(url).netloc
    return "gardenshare.org" in netloc
