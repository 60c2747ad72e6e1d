import re

MEMBER_CODE = re.compile(r"[A-Z0-9]{4,12}-GYM")


def is_member_code(text):
    return len(text) <= 20 and MEMBER_CODE.fullmatch(text) is not None
