import re


def make_origin_checker(domain):
    pattern = re.compile(r"https://(?:[a-z0-9-]+\.)*" + re.escape(domain) + r"(?::\d+)?")
    return lambda origin: pattern.fullmatch(origin.lower()) is not None
