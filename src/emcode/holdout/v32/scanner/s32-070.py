import requests
from urllib.parse import quote

API = "https://profiles.roastlab.example/v2"


def fetch_roast_profile(profile_id, timeout=5):
    resp = requests.get(f"{API}/profiles/{quote(str(profile_id), safe='')}", timeout=timeout)
    resp.raise_for_status()
    return resp.json()
