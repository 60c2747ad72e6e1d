import re


def make_origin_checker(domain):
    pattern = re.compile(r"https://[\w.-]*" + domain)
    return lambda origin: pattern.match(origin) is not None
