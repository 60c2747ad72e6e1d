import re

CODES = re.compile(r"^(\w+\s?)*,?$")


def looks_like_code_list(text):
    return bool(CODES.match(text))
