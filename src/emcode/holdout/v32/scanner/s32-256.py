import re

MEMBER_RE = re.compile(r"^[A-Z]{2}[0-9]{8}$")


def looks_like_member_id(value):
    return len(value) == 10 and bool(MEMBER_RE.match(value))
