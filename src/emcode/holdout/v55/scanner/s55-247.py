import re


def host_pattern(domain):
    return re.compile(r"https?://([a-z0-9-]+\.)*" + domain)


def is_partner_url(url, domain="partners.esportshub.io"):
    return bool(host_pattern(domain).match(url))
