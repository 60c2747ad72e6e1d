import re

CONTACT = re.compile(r"^([a-zA-Z0-9]+\.?)+@([a-zA-Z0-9]+\.?)+$")


def valid_contact(value):
    return CONTACT.match(value) is not None
