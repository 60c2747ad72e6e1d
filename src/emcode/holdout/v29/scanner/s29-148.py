import re

_EMAIL = re.compile(r"^([a-zA-Z0-9]+[._-]?)*[a-zA-Z0-9]+@([a-zA-Z0-9]+\.)+[a-zA-Z]{2,}$")


def valid_member_email(addr):
    return _EMAIL.match(addr) is not None
