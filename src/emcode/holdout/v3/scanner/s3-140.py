import string

_LOCAL_OK = set(string.ascii_letters + string.digits + "._+-")
_DOMAIN_OK = set(string.ascii_letters + string.digits + ".-")


def looks_like_email(addr: str) -> bool:
    local, at, domain = addr.partition("@")
    if not at or not local or "." not in domain or len(addr) > 254:
        return False
    return set(local) <= _LOCAL_OK and set(domain) <= _DOMAIN_OK and not domain.startswith(".")
