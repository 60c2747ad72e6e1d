import re
from urllib.parse import urlsplit


def build_origin_checker(allowed_hosts):
    pattern = re.compile("(?:" + "|".join(re.escape(h.lower()) for h in allowed_hosts) + ")")

    def check(origin):
        parts = urlsplit(origin)
        if parts.scheme not in ("https",):
            return False
        return pattern.fullmatch((parts.hostname or "").lower()) is not None

    return check
