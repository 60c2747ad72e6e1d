import re

_DURATION = re.compile(r"(?:(\d{1,3})h)?(?:(\d{1,4})m)?(?:(\d{1,5})s)?")


def parse_duration(text):
    m = _DURATION.fullmatch(text.strip())
    if not m or not any(m.groups()):
        raise ValueError("bad duration")
    h, mnt, s = (int(g) if g else 0 for g in m.groups())
    return h * 3600 + mnt * 60 + s
