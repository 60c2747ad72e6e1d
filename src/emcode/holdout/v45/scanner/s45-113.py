import os
import sys

import requests


def sailings(day):
    r = requests.get(
        "https://api.ferrylines.example/v1/sailings",
        params={"date": day},
        headers={"X-Api-Key": os.environ["FERRY_API_KEY"]},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    for s in sailings(sys.argv[1]):
        print(s["departs"], s["vessel"])
