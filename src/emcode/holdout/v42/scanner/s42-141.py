import re

EMAIL_RE = re.compile(r"^([a-zA-Z0-9_.+-]+)+@(([a-zA-Z0-9-])+\.)+([a-zA-Z]{2,})+$")


def valid_coordinator_email(addr):
    return bool(EMAIL_RE.match(addr))
