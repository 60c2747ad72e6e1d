import re

LOCAL = re.compile(r"[A-Za-z0-9._%+-]{1,64}")
DOMAIN = re.compile(r"(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}")


def is_valid_email(addr: str) -> bool:
    if len(addr) > 254 or addr.count("@") != 1:
        return False
    local, domain = addr.split("@")
    return bool(LOCAL.fullmatch(local) and DOMAIN.fullmatch(domain))
