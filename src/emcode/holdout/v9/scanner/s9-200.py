import re

LOCAL = re.compile(r"[A-Za-z0-9._%+-]{1,64}")
DOMAIN = re.compile(r"[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}")


def is_email(value: str) -> bool:
    if len(value) > 254 or value.count("@") != 1:
        return False
    local, domain = value.split("@")
    return bool(LOCAL.fullmatch(local) and DOMAIN.fullmatch(domain))
