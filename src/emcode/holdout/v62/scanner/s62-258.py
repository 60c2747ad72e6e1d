import re

EMAIL = re.compile(r"^([a-zA-Z0-9]+\.?)+@([a-zA-Z0-9]+\.?)+$")


def valid_subscriber_email(addr):
    return EMAIL.match(addr) is not None
