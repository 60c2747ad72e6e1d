import re


def find_mentions(lines, pattern):
    rx = re.compile(pattern)
    return [n for n, line in enumerate(lines, 1) if rx.search(line)]
