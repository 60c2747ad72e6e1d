import re

EMAIL = re.compile(r"[A-Za-z0-9._%+-]{1,64}@example\.com")

def is_company_email(addr: str) -> bool:
    return len(addr) <= 254 and EMAIL.fullmatch(addr) is not None
