from urllib.parse import urlparse

ALLOWED = ["cdn.shop.io", "img.shop.io"]


def allowed_image(url):
    netloc = urlparse(url).netloc
    return any(d in netloc for d in ALLOWED)
