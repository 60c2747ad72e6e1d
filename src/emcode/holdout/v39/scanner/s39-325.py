import re


def make_host_checker(domain):
    pattern = re.compile(r"(.+\.)?" + domain)

    def check(host):
        return pattern.match(host) is not None

    return check
