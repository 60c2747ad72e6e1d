import re

MEMBER_CODE = re.compile(r"^([A-Z0-9]+)*-GYM$")


def is_member_code(text):
    return bool(MEMBER_CODE.match(text))
