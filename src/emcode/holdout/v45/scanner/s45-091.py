import re


def grep_frames(term, lines):
    rx = re.compile(re.escape(term), re.IGNORECASE)
    return [ln for ln in lines if rx.search(ln)]
