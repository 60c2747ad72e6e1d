import json
import re
import urllib.request
from urllib.parse import quote

REGISTRY = "https://registry.trials.example.org"


def lookup_trial_site(site_code):
    if not re.fullmatch(r"[A-Z]{2}-\d{3,5}", site_code):
        raise ValueError("bad site code")
    url = f"{REGISTRY}/api/sites/{quote(site_code)}"
    with urllib.request.urlopen(url, timeout=5) as resp:
        return json.load(resp)
