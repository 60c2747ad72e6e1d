import re


def filter_lines(lines, pattern):
    rx = re.compile(pattern)
    return [ln for ln in lines if rx.search(ln)]
