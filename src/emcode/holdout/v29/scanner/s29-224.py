import requests
import sys

resp = requests.get("https://hub.example-home.net/api/devices", timeout=5)
resp.raise_for_status()
for dev in resp.json():
    print(dev["id"], dev["name"], dev["state"])
print("total devices:", len(resp.json()), file=sys.std