import re


def make_host_checker(domain):
    rx = re.compile(r"^([\w-]+\.)*" + domain)
    return lambda host: rx.match(host) is not None
