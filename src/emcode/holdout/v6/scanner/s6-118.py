import re

def filter_lines(lines, user_pattern):
    rx = re.compile(user_pattern)
    return [ln for ln in lines if rx.search(ln)]
