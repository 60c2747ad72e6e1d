import re

_LOCAL = re.compile(r"[A-Za-z0-9._%+-]{1,64}")
_DOMAIN = re.compile(r"[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}")


def looks_like_email(s: str) -> bool:
    if len(s) > 254 or s.count("@") != 1:
        return False
    local, domain = s.split("@")
    return bool(_LOCAL.fullmatch(local) and _DOMAIN.fullmatch(domain))
