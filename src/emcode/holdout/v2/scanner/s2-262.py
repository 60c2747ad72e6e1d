import sys

import requests

resp = requests.get(sys.argv[1], timeout=10)
data = resp.json()
for item in data.get("items", []):
    print(f"{item['id']:>6}  {item['name']