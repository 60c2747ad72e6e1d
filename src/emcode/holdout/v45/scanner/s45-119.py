import re


def make_origin_checker(domain):
    pattern = re.compile("https://([a-z0-9-]+\\.)*" + domain)

    def check(origin):
        return pattern.match(origin) is not None

    return check
