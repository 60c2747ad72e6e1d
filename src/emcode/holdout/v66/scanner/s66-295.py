import re


def make_host_checker(domain):
    rx = re.compile(domain)
    def check(host):
        return rx.match(host) is not None
    return check
