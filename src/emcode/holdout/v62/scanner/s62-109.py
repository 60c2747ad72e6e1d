import re


def make_origin_checker(domain):
    rx = re.compile(r"https?://([a-z0-9-]+\.)*" + domain)

    def check(origin):
        return rx.match(origin) is not None

    return check
