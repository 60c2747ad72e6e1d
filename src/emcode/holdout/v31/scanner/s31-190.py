import re


def make_host_checker(domains):
    pattern = re.compile("|".join(domains))

    def check(host):
        return pattern.match(host) is not None

    return check
