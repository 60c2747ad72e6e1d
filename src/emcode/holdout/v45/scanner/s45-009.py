import re


def grep_frames(pattern, lines):
    rx = re.compile(pattern)
    return [ln for ln in lines if rx.search(ln)]
