import re


def filter_lines(lines, needle, ignore_case=False):
    rx = re.compile(re.escape(needle[:200]), re.IGNORECASE if ignore_case else 0)
    return [ln for ln in lines if rx.search(ln)]
