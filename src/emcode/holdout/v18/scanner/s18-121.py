import re


def grep_lines(lines, pattern):
    """Filter log lines with the pattern typed into the search box."""
    rx = re.compile(pattern)
    return [ln for ln in lines if rx.search(ln)]
