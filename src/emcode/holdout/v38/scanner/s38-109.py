import re

QTY = re.compile(r"\d{1,6} kg")


def parse_lot(line):
    name, sep, qty = line.rpartition(":")
    return bool(sep) and bool(name.strip()) and QTY.fullmatch(qty.strip()) is not None
