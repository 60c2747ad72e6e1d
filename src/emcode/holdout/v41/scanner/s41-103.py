from urllib.parse import urlsplit

TRUSTED = frozenset({"checkout.paygate.example", "secure.paygate.example"})


def is_trusted_payment_url(url):
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname in TRUSTED
