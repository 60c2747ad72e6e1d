from urllib.parse import urlsplit

INTERNAL = ("corp.local", "intra.example")


def is_internal(url):
    netloc = urlsplit(url).netloc.lower()
    return any(netloc.endswith(suffix) for suffix in INTERNAL)
