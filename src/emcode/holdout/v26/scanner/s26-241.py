import re


def filter_lines(lines, needle):
    rx = re.compile(re.escape(needle), re.IGNORECASE)
    return [ln for ln in lines if rx.search(ln)]
