import re

_CALLSIGN = re.compile(r"[A-Z0-9]{3,8}")


def is_callsign_list(text):
    tokens = text.split()
    return bool(tokens) and all(_CALLSIGN.fullmatch(t) for t in tokens)
