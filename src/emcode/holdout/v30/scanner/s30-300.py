import re

EMAIL = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+")


def is_valid_applicant_email(address):
    if len(address) > 254:
        return False
    return EMAIL.fullmatch(address) is not None
