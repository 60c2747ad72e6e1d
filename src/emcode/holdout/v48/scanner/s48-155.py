import re

EMAIL = re.compile(r"^(\w+\.?)+@(\w+\.?)+\.\w{2,}$")


def valid_beekeeper_email(address):
    return EMAIL.match(address) is not None
