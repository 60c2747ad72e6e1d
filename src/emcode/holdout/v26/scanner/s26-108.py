import re

EMAIL = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}")


def valid_email(address: str) -> bool:
    return len(address) <= 254 and EMAIL.fullmatch(address) is not None
