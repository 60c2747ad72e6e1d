import re


def origin_allowed(origin, hosts):
    pattern = "|".join(hosts)
    return re.search(pattern, origin) is not None
