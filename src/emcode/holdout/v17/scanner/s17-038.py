import re

INTERNAL_SUFFIX = "corp.local"


def is_internal(host):
    return re.search(INTERNAL_SUFFIX, host) is not None
