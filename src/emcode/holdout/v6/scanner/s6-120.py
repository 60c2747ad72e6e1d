import re

def filter_lines(lines, term):
    if len(term) > 100:
        raise ValueError("term too long")
    rx = re.compile(re.escape(term))
    return [ln for ln in lines if rx.search(ln)]
