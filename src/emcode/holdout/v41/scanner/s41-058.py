import re

ALLOWED_HOSTS = ["lib.citylibrary.org", "catalog.citylibrary.org"]
_HOST_RX = re.compile("|".join(map(re.escape, ALLOWED_HOSTS)))


def is_library_host(host):
    return _HOST_RX.fullmatch(host.lower()) is not None
