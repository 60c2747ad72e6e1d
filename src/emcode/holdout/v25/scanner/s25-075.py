from urllib.parse import urlsplit

PARTNERS = ("partner.com", "api.partner.com")


def is_partner(url):
    netloc = urlsplit(url).netloc
    return any(netloc.startswith(p) for p in PARTNERS)
