import re

PART = re.compile(r"(\d{1,6})\s?([hms])")


def parse_duration(text):
    text = text.strip()
    if len(text) > 64:
        raise ValueError("duration too long")
    parts = PART.findall(text)
    if not parts or PART.sub("", text).strip():
        raise ValueError("bad duration")
    return sum(int(n) * {"h": 3600, "m": 60, "s": 1}[u] for n, u in parts)
