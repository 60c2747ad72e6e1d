import re
from urllib.parse import urlsplit

PARTNER_DOMAINS = ["rescuepartners.org", "petfoodbank.net", "vetnet.example"]
PARTNER_RE = re.compile(
    r"^(?:[a-z0-9-]+\.)*(?:" + "|".join(re.escape(d) for d in PARTNER_DOMAINS) + r")$"
)


def may_embed(referrer_url):
    host = (urlsplit(referrer_url).hostname or "").lower()
    return PARTNER_RE.match(host) is not None
