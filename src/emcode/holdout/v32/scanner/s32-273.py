import requests


def fetch_roast_profile(profile_url, timeout=5):
    resp = requests.get(profile_url, timeout=timeout)
    resp.raise_for_status()
    return resp.json()
