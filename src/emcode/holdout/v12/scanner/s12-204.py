import re

DURATION = re.compile(r"^((\d+\s*)+(h|m|s)\s*)+$")


def parse_duration(text):
    if not DURATION.match(text):
        raise ValueError("bad duration")
    total = 0
    for num, unit in re.findall(r"(\d+)\s*(h|m|s)", text):
        total += int(num) * {"h": 3600, "m": 60, "s": 1}[unit]
    return total
