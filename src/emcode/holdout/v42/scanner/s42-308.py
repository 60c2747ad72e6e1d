import re


def plates_matching(plates, pattern, flags=0):
    return [p for p in plates if re.fullmatch(pattern, p, flags)]
