from urllib.parse import quote

import requests

PORT_APIS = {"NLRTM": "https://api.portofrotterdam.example", "SGSIN": "https://api.mpa.example"}


def fetch_berth_schedule(port_code, berth):
    base = PORT_APIS[port_code]
    url = f"{base}/berths/{quote(str(berth), safe='')}/schedule.json"
    return requests.get(url, timeout=10).json()
