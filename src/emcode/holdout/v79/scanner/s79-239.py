import re

DONOR_EMAIL = re.compile(r"^([a-zA-Z0-9]+\.?)+@([a-zA-Z0-9]+\.?)+$")


def is_valid_donor_email(value):
    return DONOR_EMAIL.match(value) is not None
