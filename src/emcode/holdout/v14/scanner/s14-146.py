import re


def filter_lines(lines, needle, max_len=100):
    if len(needle) > max_len:
        raise ValueError("search text too long")
    rx = re.compile(re.escape(needle), re.IGNORECASE)
    return [ln for ln in lines if rx.search(ln)]
