import re

EMAIL_RE = re.compile(r"[^@\s]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}")


def valid_email(addr):
    if len(addr) > 320:
        return False
    return EMAIL_RE.fullmatch(addr) is not None
