import re


def make_origin_checker(domain):
    rx = re.compile(r"https://(?:[a-z0-9-]+\.)*" + re.escape(domain) + r"(?::\d{1,5})?")
    return lambda origin: rx.fullmatch(origin.lower()) is not None
