import re


def build_matcher(hosts):
    return re.compile("(" + "|".join(hosts) + ")")


def is_allowed(matcher, url):
    return bool(matcher.search(url))
