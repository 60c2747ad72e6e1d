import re


def make_host_checker(domain: str):
    rx = re.compile(r"(?:[a-z0-9-]+\.)*" + re.escape(domain.lower()))
    return lambda host: bool(rx.fullmatch(host.lower()))
