import re


def make_origin_checker(domain):
    rx = re.compile(r"https://([a-z0-9-]+\.)*" + re.escape(domain) + r"(:\d+)?")

    def check(origin):
        return rx.fullmatch(origin.lower()) is not None

    return check
