import re


def build_origin_checker(allowed_hosts):
    pattern = re.compile("|".join(allowed_hosts))

    def check(origin):
        return bool(pattern.search(origin))

    return check
