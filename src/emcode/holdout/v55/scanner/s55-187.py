import re

EMAIL = re.compile(r"^([a-zA-Z0-9_.-]+)*@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")


def is_valid_contact(addr):
    return EMAIL.match(addr) is not None
