import re


def make_host_checker(domain):
    pattern = re.compile(r"(https?://)?([a-z0-9-]+\.)*" + domain)
    def check(url):
        return pattern.match(url) is not None
    return check
