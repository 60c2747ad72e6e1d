import shelve
from pathlib import Path

import requests

CACHE = str(Path.home() / ".cache" / "rates_shelf")
RATES_URL = "https://api.example-rentals.com/v1/daily-rates"


def daily_rates(day: str) -> dict:
    with shelve.open(CACHE) as shelf:
        if day in shelf:
            return shelf[day]
        resp = requests.get(RATES_URL, params={"day": day}, timeout=10)
        resp.raise_for_status()
        rates = resp.json()
        shelf[day] = rates
        return rates


if __name__ == "__main__":
    print(daily_rates("2026-06-01"))
