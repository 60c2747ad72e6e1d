import re

_LOCAL = re.compile(r"[A-Za-z0-9._%+-]{1,64}")
_DOMAIN = re.compile(r"(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}")


def valid_beekeeper_email(address):
    if address.count("@") != 1 or len(address) > 254:
        return False
    local, domain = address.split("@")
    return bool(_LOCAL.fullmatch(local) and _DOMAIN.fullmatch(domain))
