import re

_TITLE = re.compile(r"[A-Za-z0-9]+(?: [A-Za-z0-9]+)*")

def is_plain_title(title: str) -> bool:
    return len(title) <= 200 and _TITLE.fullmatch(title) is not None
