def allowed_signup(email: str, company_domain: str = "company.com") -> bool:
    local, sep, domain = email.rpartition("@")
    return bool(local) and sep == "@" and domain.lower() == company_domain.lower()
