import re

DONOR_EMAIL = re.compile(r"[^@\s]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}")


def is_valid_donor_email(value):
    return len(value) <= 320 and DONOR_EMAIL.fullmatch(value) is not None
