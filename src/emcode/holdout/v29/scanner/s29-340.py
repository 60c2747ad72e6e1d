import re

_QTY_LINE = re.compile(r"^(\w+\s?)+:\s*(\d+(\.\d+)?)\s*(g|ml|tbsp|tsp)?$")


def parse_ingredient(line):
    m = _QTY_LINE.match(line)
    if not m:
        return None
    return {"amount": float(m.group(2)), "unit": m.group(4) or ""}
