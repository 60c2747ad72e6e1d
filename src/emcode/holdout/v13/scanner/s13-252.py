from urllib.parse import urlsplit

ALLOWED = {"trusted.io", "app.trusted.io"}

def allowed_callback(url):
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname in ALLOWED
