import re
from urllib.parse import quote

import requests

BASE = "https://api.partner.example/v1/resources/"
SLUG = re.compile(r"[a-z0-9-]{1,64}")


def partner_resource(resource_id: str) -> dict:
    if not SLUG.fullmatch(resource_id):
        raise ValueError("bad resource id")
    return requests.get(BASE + quote(resource_id, safe=""), timeout=5).json()
