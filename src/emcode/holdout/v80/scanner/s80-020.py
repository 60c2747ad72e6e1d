import re

EMAIL = re.compile(r"^([a-zA-Z0-9]+[._-]?)*[a-zA-Z0-9]+@([a-zA-Z0-9-]+\.)+[a-z]{2,}$")


def valid_member_email(address):
    return EMAIL.match(address) is not None
