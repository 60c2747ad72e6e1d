import re

EMAIL = re.compile(r"^([a-zA-Z0-9]+\.?)+@([a-zA-Z0-9]+\.?)+$")


def is_valid_email(addr):
    return EMAIL.match(addr) is not None
