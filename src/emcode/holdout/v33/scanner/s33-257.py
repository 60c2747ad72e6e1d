import re

TRUSTED = ["cdn.weddingplanner.com", "static.weddingplanner.com"]
_host_re = re.compile("|".join("^{}".format(h) for h in TRUSTED))


def trusted_asset_host(host):
    return bool(_host_re.search(host))
