import re

EMAIL = re.compile(r"[^@\s]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}")


def is_valid_owner_email(addr):
    return len(addr) <= 320 and EMAIL.fullmatch(addr) is not None
