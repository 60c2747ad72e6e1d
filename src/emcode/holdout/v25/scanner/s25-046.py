import re

EMAIL = re.compile(r"^([a-zA-Z0-9]+\.?)+@([a-zA-Z0-9]+\.?)+\.[a-z]{2,}$")


def is_email(value: str) -> bool:
    return EMAIL.match(value) is not None
