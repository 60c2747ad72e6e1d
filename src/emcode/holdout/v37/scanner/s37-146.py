import re


def make_host_checker(domains):
    rx = re.compile("|".join(domains))

    def check(host):
        return bool(rx.search(host))

    return check
