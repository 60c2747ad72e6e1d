import re

MEMBER_RE = re.compile(r"^([A-Z0-9]+)*-[0-9]{4}$")


def looks_like_member_id(value):
    return bool(MEMBER_RE.match(value))
