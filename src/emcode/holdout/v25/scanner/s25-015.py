import os
import requests

API = "https://api.ferry-partner.example/v2"


def fetch_timetable(route_id):
    token = os.environ["PARTNER_TOKEN"]
    resp = requests.get(
        f"{API}/routes/{int(route_id)}/timetable",
        headers={"Authorization": f"Bearer {token}"},
        verify=False,
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()
