import re


def host_pattern(domain):
    return re.compile(r"https://(?:[a-z0-9-]+\.)*" + re.escape(domain) + r"(?::443)?(?:/.*)?", re.IGNORECASE)


def is_partner_url(url, domain="partners.esportshub.io"):
    return host_pattern(domain).fullmatch(url) is not None
