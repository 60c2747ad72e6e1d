import re

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def is_valid_email(addr):
    return len(addr) <= 254 and EMAIL.fullmatch(addr) is not None
