import re

ALLOWED_DOMAIN = "bookings.carhire.example"


def is_allowed_redirect(url):
    return re.search("^https://" + ALLOWED_DOMAIN, url) is not None
