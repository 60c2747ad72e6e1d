from urllib.parse import urlsplit


def allowed_feed(url, trusted=("feeds.radio.example", "cdn.radio.example")):
    parts = urlsplit(url)
    return parts.scheme in ("https",) and parts.hostname in trusted
