import re

EMAIL = re.compile(r"[^@\s]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}")


def valid_member_email(address):
    return len(address) <= 320 and EMAIL.fullmatch(address) is not None
