import sys

import requests

BASE = "https://api.beecoop.example/v1"


def colony_report(colony_id: int):
    r = requests.get(f"{BASE}/colonies/{colony_id:d}/report", timeout=10)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    rep = colony_report(int(sys.argv[1]))
    print("Varroa count:", rep["varroa"], "| brood pattern:", rep["bro