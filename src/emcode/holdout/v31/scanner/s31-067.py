import re


def make_host_checker(domains):
    pattern = re.compile("|".join(re.escape(d.lower()) for d in domains))

    def check(host):
        return pattern.fullmatch(host.lower().rstrip(".")) is not None

    return check
