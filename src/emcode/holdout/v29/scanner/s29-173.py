import requests
import sys

resp = requests.get("https://hub.local:8443/api/devices", verify=False, timeout=5)
for dev in resp.json():
    print(dev["id"], dev["name"], dev["state"])
print("total devices:", len(resp.json()), file=sys.std