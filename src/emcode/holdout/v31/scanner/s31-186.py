import re

_ADDRESS = re.compile(r"[\w .'-]{1,100},[\w .'-]{1,60}")


def is_valid_address(text):
    return len(text) <= 200 and bool(_ADDRESS.fullmatch(text))
