import re


def prefix_filter(names, prefix):
    rx = re.compile(re.escape(prefix[:40]), re.IGNORECASE)
    return [n for n in names if rx.match(n)]
