import re


def is_company_host(host: str, company: str = "corp.example.org") -> bool:
    """True for the company domain and its subdomains."""
    rx = re.compile(r"(?:[a-z0-9-]+\.)*" + re.escape(company) + r"\Z")
    return rx.match(host.lower()) is not None
