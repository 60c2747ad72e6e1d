import re


def grep_lines(lines, needle: str):
    if len(needle) > 200:
        raise ValueError("search text too long")
    rx = re.compile(re.escape(needle))
    return [ln for ln in lines if rx.search(ln)]
