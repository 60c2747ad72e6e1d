import requests


def fetch_partner_results(results_url, api_key):
    resp = requests.get(results_url, headers={"X-Api-Key": api_key}, timeout=15)
    resp.raise_for_status()
    return resp.json()
