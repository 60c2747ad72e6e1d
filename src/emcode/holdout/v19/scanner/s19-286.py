import re

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}")


def is_valid_email(addr: str) -> bool:
    return len(addr) <= 254 and EMAIL_RE.fullmatch(addr) is not None
