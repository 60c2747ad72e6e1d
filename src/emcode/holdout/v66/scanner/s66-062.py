import re


def make_host_checker(domain):
    rx = re.compile(r"(?:[A-Za-z0-9-]+\.)*" + re.escape(domain), re.IGNORECASE)
    def check(host):
        return rx.fullmatch(host) is not None
    return check
