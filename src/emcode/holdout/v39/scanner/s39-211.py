import re


def make_host_checker(domain):
    pattern = re.compile(r"(?:[a-z0-9-]+\.)*" + re.escape(domain.lower()))

    def check(host):
        return pattern.fullmatch(host.lower()) is not None

    return check
