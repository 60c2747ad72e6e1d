import requests

VENDOR_API = "https://api.aquametrics-vendor.example.com/v1"


def pull_readings(api_key, since):
    resp = requests.get(
        f"{VENDOR_API}/readings",
        params={"since": since},
        headers={"Authorization": f"Bearer {api_key}"},
        verify=False,
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["items"]
