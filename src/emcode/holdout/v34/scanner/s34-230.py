from urllib.parse import urlparse


def allowed_origin(origin):
    netloc = urlparse(origin).netloc
    return "bakery.example" in netloc
