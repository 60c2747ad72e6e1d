import requests

PARTNER_ENDPOINTS = {
    "seaways": "https://hooks.seaways.example/v1/events",
    "railcargo": "https://api.railcargo.example/notify",
}


def notify_partner(partner, payload):
    url = PARTNER_ENDPOINTS.get(partner)
    if url is None:
        raise KeyError(f"unknown partner {partner!r}")
    r = requests.post(url, json=payload, timeout=5, allow_redirects=False)
    return r.status_code
