import re

def looks_like_id(s: str) -> bool:
    return re.fullmatch(r"(\w|\d)+-(\w+\s?)*$", s) is not None
