def allowed_signup(email: str, company_domain: str = "company.com") -> bool:
    _, _, domain = email.rpartition("@")
    return domain.lower().startswith(company_domain)
