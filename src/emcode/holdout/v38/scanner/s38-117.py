import re

CONTACT = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}")


def valid_contact(value):
    return len(value) <= 254 and CONTACT.fullmatch(value) is not None
