import re

EMAIL = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}")


def is_email(value: str) -> bool:
    if len(value) > 254:
        return False
    return EMAIL.fullmatch(value) is not None
