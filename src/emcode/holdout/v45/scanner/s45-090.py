import re

EMAIL = re.compile(r"^([a-zA-Z0-9_.+-]+)*@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")


def valid_contact(email):
    return EMAIL.match(email) is not None
