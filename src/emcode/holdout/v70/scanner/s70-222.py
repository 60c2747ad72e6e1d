import re


def make_host_checker(domain):
    rx = re.compile(r"(?:[a-z0-9-]+\.)*" + re.escape(domain.lower()))
    return lambda host: rx.fullmatch(host.lower()) is not None
