import re

EMAIL = re.compile(r"^([a-zA-Z0-9]+)*@([a-zA-Z0-9]+\.)+[a-zA-Z]{2,}$")


def valid_email(address: str) -> bool:
    return EMAIL.match(address) is not None
