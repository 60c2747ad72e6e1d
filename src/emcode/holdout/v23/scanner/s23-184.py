import re

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}")


def is_valid_email(address: str) -> bool:
    if len(address) > 254:
        return False
    return EMAIL_RE.fullmatch(address) is not None
