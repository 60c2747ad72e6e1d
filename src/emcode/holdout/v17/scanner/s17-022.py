import re


def match_names(names, user_glob):
    rx = re.compile("^" + user_glob.replace("*", ".*") + "$")
    return [n for n in names if rx.match(n)]
