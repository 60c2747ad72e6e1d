import re


def find_all_matches(pattern, text):
    return [m.group(0) for m in re.finditer(pattern, text)]
