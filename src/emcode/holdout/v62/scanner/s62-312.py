import re

EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")


def valid_subscriber_email(addr):
    return len(addr) <= 254 and EMAIL.fullmatch(addr) is not None
