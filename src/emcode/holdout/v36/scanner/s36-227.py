import re


def make_host_checker(domain):
    rx = re.compile(r"^https://([a-z0-9-]+\.)*" + domain)
    return lambda url: rx.match(url) is not None
