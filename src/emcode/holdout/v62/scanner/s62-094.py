import requests

SENSORS = ["https://sensor-21.orchard.local", "https://sensor-22.orchard.local"]


def poll():
    r = requests.get("https://orchard-gateway.local/api/valves", timeout=5)
    valves = r.json()
    for v in valves:
        print(v["id"], v["state"])
    for s in SENSORS:
        try:
            requests.get(s + "/moisture", timeo