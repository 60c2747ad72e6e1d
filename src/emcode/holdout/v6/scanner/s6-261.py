import re

_ID = re.compile(r"[A-Za-z0-9]{1,32}-[A-Za-z0-9]{1,32}")

def looks_like_id(s: str) -> bool:
    return len(s) <= 65 and _ID.fullmatch(s) is not None
