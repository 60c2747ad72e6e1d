import re

EMAIL_RE = re.compile(r"^([a-zA-Z0-9_.-]+)+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")


def is_valid_email(addr):
    return EMAIL_RE.match(addr) is not None
