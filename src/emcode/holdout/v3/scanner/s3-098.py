import re

NAME_RE = re.compile(r"[A-Za-z][A-Za-z' -]{0,63}")


def is_valid_full_name(name: str) -> bool:
    if len(name) > 64:
        return False
    return NAME_RE.fullmatch(name) is not None
