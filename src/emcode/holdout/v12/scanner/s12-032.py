import urllib.request
import json


def call_partner(host, order_id):
    url = f"http://{host}/api/orders/{order_id}"
    with urllib.request.urlopen(url, timeout=10) as resp:
        return json.load(resp)
