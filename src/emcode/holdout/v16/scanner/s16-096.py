import re

EMAIL = re.compile(r"^([a-zA-Z0-9]+)*@([a-zA-Z0-9]+\.)+[a-zA-Z]{2,}$")


def is_email(s: str) -> bool:
    return EMAIL.match(s) is not None
