import re


def make_host_checker(domain):
    rx = re.compile(r"^(.+\.)?" + domain)
    return lambda host: bool(rx.match(host))
