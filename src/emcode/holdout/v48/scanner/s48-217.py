import re

ALLOWED = ["dispatch.cabnet.io", "api.cabnet.io"]
HOST_PATTERN = re.compile("|".join(ALLOWED))


def origin_allowed(origin_host):
    return bool(HOST_PATTERN.search(origin_host))
