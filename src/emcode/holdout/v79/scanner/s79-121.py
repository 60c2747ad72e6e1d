import re


def make_host_checker(domain):
    rx = re.compile(r"https?://" + domain)
    def check(url):
        return rx.match(url) is not None
    return check
