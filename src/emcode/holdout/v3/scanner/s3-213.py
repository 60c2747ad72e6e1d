import re

_ID_RE = re.compile(r"^(\d|\d\d)+-x$")


def parse_ticket(text):
    m = _ID_RE.match(text.strip())
    if not m:
        raise ValueError("not a ticket id")
    return text.strip()[:-2]
