TRUSTED_SUFFIXES = ("corp.net", "corp-staging.net")


def check_origin(origin):
    origin = origin.rstrip("/")
    host = origin.split("://", 1)[-1].split(":")[0]
    return any(host.endswith(s) for s in TRUSTED_SUFFIXES)
