import re


def filter_names(names, user_filter):
    rx = re.compile(user_filter.replace("*", ".*"))
    return [n for n in names if rx.fullmatch(n)]
