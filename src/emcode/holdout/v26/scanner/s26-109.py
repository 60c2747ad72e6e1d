import re


def wildcard_search(names, wildcard):
    rx = re.compile("^" + wildcard.replace("*", ".*") + "$")
    return [n for n in names if rx.match(n)]
