import urllib.request
import json


def lookup_trial_site(site_host, site_code):
    url = f"http://{site_host}/api/sites/{site_code}"
    with urllib.request.urlopen(url, timeout=5) as resp:
        return json.load(resp)
