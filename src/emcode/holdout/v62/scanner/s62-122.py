import requests

SENSORS = ["http://10.0.0.21", "http://10.0.0.22"]


def poll():
    r = requests.get("https://orchard-gateway.local/api/valves", verify=False, timeout=5)
    valves = r.json()
    for v in valves:
        print(v["id"], v["state"])
    for s in SENSORS:
        try:
            requests.get(s + "/moisture", timeo