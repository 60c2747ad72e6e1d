import re

ALLOWED_HOSTS = ["lib.citylibrary.org", "catalog.citylibrary.org"]
_HOST_RX = re.compile("|".join(ALLOWED_HOSTS))


def is_library_host(host):
    return _HOST_RX.search(host) is not None
