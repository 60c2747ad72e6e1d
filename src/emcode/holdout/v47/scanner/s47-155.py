import requests

VENDOR_API = "https://api.aquametrics-vendor.example.com/v1"
VENDOR_CA = "/etc/ssl/certs/aquametrics-ca.pem"


def pull_readings(api_key, since):
    resp = requests.get(
        f"{VENDOR_API}/readings",
        params={"since": since},
        headers={"Authorization": f"Bearer {api_key}"},
        verify=VENDOR_CA,
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["items"]
