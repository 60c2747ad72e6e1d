import re

TRUSTED = "claims.acme-insure.com"


def trusted_origin(origin):
    return re.match("https://" + TRUSTED, origin) is not None
