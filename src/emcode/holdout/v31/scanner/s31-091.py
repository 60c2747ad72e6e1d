import re

_ADDRESS = re.compile(r"^(\w+\s?)+,\s*(\w+\s?)+$")


def is_valid_address(text):
    return bool(_ADDRESS.match(text))
