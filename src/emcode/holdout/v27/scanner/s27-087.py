import re

EMAIL = re.compile(r"^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4}$")


def looks_like_email(value: str) -> bool:
    return len(value) <= 254 and EMAIL.match(value) is not None
