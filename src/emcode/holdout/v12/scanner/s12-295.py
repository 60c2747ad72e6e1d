import re


def filter_lines(lines, pattern, flags=0):
    rx = re.compile(pattern, flags)
    return [ln for ln in lines if rx.search(ln)]
