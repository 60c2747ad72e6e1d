import re

EMAIL = re.compile(r"^(\w+\.?)+@(\w+\.?)+\.[a-z]{2,}$")


def valid_contact(addr):
    return EMAIL.match(addr) is not None
