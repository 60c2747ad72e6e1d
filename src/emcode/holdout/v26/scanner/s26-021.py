import os
import requests

API = "https://telemetry.windco.net/api/v2"
CA_BUNDLE = os.environ.get("WINDCO_CA", "/etc/ssl/certs/windco-ca.pem")


def fetch_turbine(tid: str, token: str) -> dict:
    r = requests.get(f"{API}/turbines/{tid}", headers={"Authorization": f"Bearer {token}"},
                     verify=CA_BUNDLE, timeout=10)
    r.raise_for_status()
    return r.json()
