import re

CALLSIGN = re.compile(r"^[A-Z]{1,2}[0-9][A-Z]{1,4}$")


def valid_callsign(s: str) -> bool:
    return bool(CALLSIGN.match(s.upper()[:10]))
