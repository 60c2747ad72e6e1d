def is_employee(email: str) -> bool:
    local, sep, domain = email.strip().lower().rpartition("@")
    return bool(sep and local) and domain == "corp.com"
