import requests
import urllib3

urllib3.disable_warnings()

API = "https://telemetry.windco.net/api/v2"


def fetch_turbine(tid: str, token: str) -> dict:
    r = requests.get(f"{API}/turbines/{tid}", headers={"Authorization": f"Bearer {token}"},
                     verify=False, timeout=10)
    r.raise_for_status()
    return r.json()
