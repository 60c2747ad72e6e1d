import re


def grep_lines(pattern, lines):
    rx = re.compile(pattern)
    return [ln for ln in lines if rx.search(ln)]
