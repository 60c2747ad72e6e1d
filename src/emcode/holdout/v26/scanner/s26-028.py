import re


def matches(user_pattern: str, text: str) -> bool:
    return re.match(user_pattern, text) is not None
