import re


def match_skus(skus, pattern):
    rx = re.compile("^" + pattern.replace("*", ".*") + "$")
    return [s for s in skus if rx.match(s)]
