import re

_DURATION = re.compile(r"^((\d+|\d+\d+)[hms]?)+$")


def parse_duration(text):
    if not _DURATION.match(text):
        raise ValueError("bad duration")
    total = 0
    for num, unit in re.findall(r"(\d+)([hms]?)", text):
        total += int(num) * {"h": 3600, "m": 60, "s": 1, "": 1}[unit]
    return total
