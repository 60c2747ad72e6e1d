from urllib.parse import urlsplit

IMAGE_HOSTS = frozenset({"cdn.podhost.io", "img.podhost.io"})


def allowed_image_source(url):
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname in IMAGE_HOSTS
