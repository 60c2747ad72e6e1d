import re


def make_host_checker(domain):
    rx = re.compile(r"^(.+\.)?" + domain)
    return lambda host: rx.match(host) is not None
