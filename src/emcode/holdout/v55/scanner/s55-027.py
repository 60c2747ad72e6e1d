import re


def grep_log(lines, user_expr):
    return [ln for ln in lines if re.search(user_expr, ln)]
