import re

EMAIL = re.compile(r"^([a-zA-Z0-9_.+-]+)*@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")


def is_email(value):
    return EMAIL.match(value) is not None
