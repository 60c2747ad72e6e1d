def is_employee(email: str) -> bool:
    return email.lower().endswith("corp.com")
