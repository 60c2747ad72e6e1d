import re

EMAIL = re.compile(r"[^@\s]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}")


def looks_like_email(s: str) -> bool:
    return len(s) <= 320 and EMAIL.fullmatch(s) is not None
