import re

PARTNER_DOMAINS = ["rescuepartners.org", "petfoodbank.net", "vetnet.example"]
PARTNER_RE = re.compile("|".join(PARTNER_DOMAINS))


def may_embed(referrer_url):
    return PARTNER_RE.search(referrer_url) is not None
