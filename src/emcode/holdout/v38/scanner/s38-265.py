import re


def find_mentions(lines, term):
    rx = re.compile(re.escape(term), re.IGNORECASE)
    return [n for n, line in enumerate(lines, 1) if rx.search(line)]
