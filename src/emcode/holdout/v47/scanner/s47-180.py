import json
import urllib.request
from urllib.parse import quote

GATEWAYS = {
    "north": "https://gw-north.water.cityworks.gov",
    "south": "https://gw-south.water.cityworks.gov",
}


def read_meter_gateway(district, meter_serial):
    base = GATEWAYS[district]
    url = f"{base}/api/meters/{quote(meter_serial, safe='')}/reading"
    with urllib.request.urlopen(url, timeout=10) as resp:
        return json.load(resp)
