import requests

FERRY_API_KEY = "fk_live_7f3a9c1e55b24d0e8a1f6c2b9d4e7a10"


def sailings(day):
    r = requests.get(
        "https://api.ferrylines.example/v1/sailings",
        params={"date": day},
        headers={"X-Api-Key": FERRY_API_KEY},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    import sys
    for s in sailings(sys.argv[1]):
        print(s["departs"], s["vessel"])
