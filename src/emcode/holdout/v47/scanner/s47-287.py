import urllib.request
import json


def read_meter_gateway(gateway_host, meter_serial):
    url = f"http://{gateway_host}/api/meters/{meter_serial}/reading"
    with urllib.request.urlopen(url, timeout=10) as resp:
        return json.load(resp)
