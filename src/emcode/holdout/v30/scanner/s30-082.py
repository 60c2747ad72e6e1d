import re

EMAIL = re.compile(r"^([a-zA-Z0-9]+\.?)+@([a-zA-Z0-9]+\.?)+$")


def is_valid_applicant_email(address):
    return bool(EMAIL.match(address))
