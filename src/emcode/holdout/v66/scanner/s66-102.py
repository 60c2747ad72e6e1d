import sys
import requests

feed_url = sys.argv[1]
resp = requests.get(feed_url, timeout=10)
entries = resp.json()["entries"]
for e in entries:
    print(e["title"], e["pub