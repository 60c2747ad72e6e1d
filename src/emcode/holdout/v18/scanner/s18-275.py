def is_staff_email(address: str) -> bool:
    return address.lower().endswith("example.com")
