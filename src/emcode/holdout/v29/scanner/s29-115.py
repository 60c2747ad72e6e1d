import re

_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)\s*(g|ml|tbsp|tsp)?")


def parse_ingredient(line):
    name, sep, rest = line.partition(":")
    if not sep or not name.strip():
        return None
    m = _AMOUNT.fullmatch(rest.strip())
    if not m:
        return None
    return {"name": name.strip(), "amount": float(m.group(1)), "unit": m.group(2) or ""}
