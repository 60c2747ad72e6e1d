import json
import urllib.parse
import urllib.request

API_BASE = "https://api.thermo-cloud.example.com/v1/devices/"


def read_thermostat(device_id):
    url = API_BASE + urllib.parse.quote(str(device_id), safe="") + "/state"
    with urllib.request.urlopen(url, timeout=5) as resp:
        return json.load(resp)
