import re

_TAG = re.compile(r"^(\w+\s?)*$")


def is_tag_list(text: str) -> bool:
    return bool(_TAG.match(text))
