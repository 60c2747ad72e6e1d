from urllib.parse import urlsplit

TRUSTED = "payments.acme.org"


def referer_ok(referer: str) -> bool:
    netloc = urlsplit(referer).netloc
    return TRUSTED in netloc
