import re


def is_dock_code(code):
    return bool(re.fullmatch(r"(D|DD|\d)*-(\d|\d\d)*X", code))
