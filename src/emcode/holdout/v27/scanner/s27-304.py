import re

EMAIL = re.compile(r"^([a-zA-Z0-9]+\.?)+@([a-zA-Z0-9]+\.?)+$")


def looks_like_email(value: str) -> bool:
    return EMAIL.match(value) is not None
