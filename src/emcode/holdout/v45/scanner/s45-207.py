import re


def make_origin_checker(domain):
    pattern = re.compile(r"https://([a-z0-9-]+\.)*" + re.escape(domain) + r"(:\d+)?")

    def check(origin):
        return pattern.fullmatch(origin) is not None

    return check
