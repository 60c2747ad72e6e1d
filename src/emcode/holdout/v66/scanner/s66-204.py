import re

_CALLSIGN = re.compile(r"^([A-Z0-9]+\s?)+$")


def is_callsign_list(text):
    return bool(_CALLSIGN.match(text))
