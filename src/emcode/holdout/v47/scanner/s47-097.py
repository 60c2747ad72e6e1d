import re

EMAIL = re.compile(r"^([a-zA-Z0-9]+\.?)*[a-zA-Z0-9]+@([a-zA-Z0-9]+\.)+[a-zA-Z]{2,}$")


def client_email_ok(address):
    return EMAIL.match(address) is not None
