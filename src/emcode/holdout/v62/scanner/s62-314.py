import re


def grep_log(lines, expr):
    return [ln for ln in lines if re.search(expr, ln)]
