import re

INTERNAL_SUFFIX = "corp.local"
_INTERNAL = re.compile(r"(?:^|\.)" + re.escape(INTERNAL_SUFFIX) + r"\Z")


def is_internal(host: str) -> bool:
    return bool(_INTERNAL.search(host.lower().rstrip(".")))
