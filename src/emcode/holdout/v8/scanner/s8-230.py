def is_employee_email(address: str) -> bool:
    local, sep, domain = address.strip().lower().rpartition("@")
    return bool(sep and local) and domain == "corp.com"
