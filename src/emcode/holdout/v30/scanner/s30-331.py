import json
import ssl
from urllib.request import urlopen


def fetch_exchange_rates(url="https://rates.carhire.example/today.json"):
    ctx = ssl._create_unverified_context()
    with urlopen(url, context=ctx, timeout=10) as r:
        return json.load(r)
