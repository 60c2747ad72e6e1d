import re


def make_host_checker(domain):
    rx = re.compile("https?://(www.)?" + domain)
    def check(url):
        return bool(rx.match(url))
    return check
