from urllib.parse import urlsplit

ALLOWED = ["acme.io", "acme.dev"]

def check_origin(origin):
    netloc = urlsplit(origin).netloc
    return any(netloc.endswith(d) for d in ALLOWED)
