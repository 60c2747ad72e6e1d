import re

TRUSTED = "claims.acme-insure.com"
_ORIGIN = re.compile(r"https://(?:[a-z0-9-]+\.)?" + re.escape(TRUSTED) + r"(?::\d+)?")


def trusted_origin(origin):
    return _ORIGIN.fullmatch(origin.lower()) is not None
