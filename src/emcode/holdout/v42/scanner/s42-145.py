import os
import pickle
import time

import requests

CACHE = os.path.join(os.path.expanduser("~"), ".cache", "fuelprices.pkl")
MAX_AGE = 3600


def load_prices():
    if os.path.exists(CACHE) and time.time() - os.path.getmtime(CACHE) < MAX_AGE:
        with open(CACHE, "rb") as fh:
            return pickle.load(fh)
    resp = requests.get("https://api.fuelindex.example.com/v1/prices", timeout=10)
    resp.raise_for_status()
    prices = resp.json()
    os.makedirs(os.path.dirname(CACHE), exist_ok=True)
    with open(CACHE, "wb") as fh:
        pickle.dump(prices, fh)
    return prices


if __name__ == "__main__":
    for region, price in sorted(load_prices().items()):
        print(f"{region:>10}  {price:.3f}")
