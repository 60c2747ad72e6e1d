import re


def build_allow(hosts):
    rx = re.compile("|".join(hosts))
    return lambda url: bool(rx.search(url))
