import re

TRUSTED = "api.partner.io"


def is_partner(url):
    rx = re.compile("https?://" + TRUSTED)
    return rx.match(url) is not None
