import re

EMAIL_RE = re.compile(r"^([a-zA-Z0-9]+\.?)+@([a-zA-Z0-9-]+\.)+[a-z]{2,}$")


def valid_email(addr):
    return EMAIL_RE.match(addr) is not None
