import re


def make_origin_checker(domain):
    rx = re.compile("https://.*" + domain)
    return lambda origin: rx.match(origin) is not None
