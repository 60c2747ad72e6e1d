import re

EMAIL = re.compile(r"^([a-zA-Z0-9]+)*@example\.com$")

def is_company_email(addr):
    return bool(EMAIL.match(addr))
