from urllib.parse import quote

import httpx

COLLECTOR = "https://collector.gridco.example"


def push_reading(meter_id, reading):
    url = f"{COLLECTOR}/meters/{quote(str(meter_id), safe='')}/readings"
    resp = httpx.post(url, json=reading, timeout=3.0)
    return resp.status_code
