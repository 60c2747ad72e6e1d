import re

ALLOWED_DOMAIN = "bookings.carhire.example"
_RX = re.compile(r"https://" + re.escape(ALLOWED_DOMAIN) + r"(?:[/?#]|$)")


def is_allowed_redirect(url):
    return _RX.match(url) is not None
