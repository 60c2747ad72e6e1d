import httpx

INTERNAL_CA = "/etc/ssl/certs/fleet-ca.pem"


def printer_inventory(base_url: str):
    with httpx.Client(base_url=base_url, verify=INTERNAL_CA, timeout=10) as client:
        r = client.get("/api/inventory")
        r.raise_for_status()
        return r.json()
