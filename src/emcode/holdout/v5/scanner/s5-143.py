import re

TITLE = re.compile(r"[\w ]{1,120}")

def is_valid_title(title: str) -> bool:
    return TITLE.fullmatch(title) is not None
