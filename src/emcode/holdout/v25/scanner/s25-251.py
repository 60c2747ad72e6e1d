import os
import requests

API = "https://api.ferry-partner.example/v2"


def fetch_timetable(route_id):
    resp = requests.get(
        f"{API}/routes/{int(route_id)}/timetable",
        headers={"Authorization": f"Bearer {os.environ['PARTNER_TOKEN']}"},
        verify=os.environ.get("PARTNER_CA_BUNDLE", True),
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()
