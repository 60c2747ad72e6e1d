import re

EMAIL = re.compile(r"[a-zA-Z0-9_.+-]{1,64}@[a-zA-Z0-9-]{1,63}(?:\.[a-zA-Z0-9-]{1,63}){0,5}")


def is_valid_contact(addr):
    return len(addr) <= 254 and EMAIL.fullmatch(addr) is not None
