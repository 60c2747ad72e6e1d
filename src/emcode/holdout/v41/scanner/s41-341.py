import re

EMAIL = re.compile(r"^([a-zA-Z0-9]+\.?)+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")


def is_valid_owner_email(addr):
    return bool(EMAIL.match(addr))
