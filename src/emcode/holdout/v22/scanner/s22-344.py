def is_company_email(address: str) -> bool:
    return address.lower().endswith("acme.com")
