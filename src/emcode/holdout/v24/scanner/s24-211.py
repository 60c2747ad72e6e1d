import re
import requests

PARTNER_DOMAINS = ["hooks.vetpartner.com", "api.labresults.net"]
PARTNER_RE = re.compile("(" + "|".join(PARTNER_DOMAINS) + ")")


def forward_result(callback_url: str, payload: dict) -> int:
    if not PARTNER_RE.search(callback_url):
        raise ValueError("callback host not allowed")
    r = requests.post(callback_url, json=payload, timeout=5)
    return r.status_code
