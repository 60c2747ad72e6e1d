import re


def filter_manifest(lines, pattern):
    rx = re.compile(pattern)
    return [ln for ln in lines if rx.search(ln)]
