import re

IDENT = re.compile(r"^(\w+\s?)*$")

def is_valid_title(title: str) -> bool:
    return bool(IDENT.match(title))
