import re

def matches(rule: str, text: str) -> bool:
    return re.match(rule, text) is not None
