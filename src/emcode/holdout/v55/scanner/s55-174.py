import logging
import os

import requests

log = logging.getLogger(__name__)
logging.basicConfig(level=logging.INFO)


def fetch_payments(since):
    api_key = os.environ["PAYMENTS_API_KEY"]
    log.info("fetching ferry ticket charges since %s", since)
    r = requests.get("https://api.payments.example.com/v2/charges",
                     params={"since": since}, headers={"X-Api-Key": api_key}, timeout=15)
    r.raise_for_status()
    data = r.json()["data"]
    log.info("received %d charges", len(data))
    return data


if __name__ == "__main__":
    for c in fetch_payments("2024-06-01"):
        print(c["id"], c["amount"])
