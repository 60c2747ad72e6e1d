import shelve
import sys
from pathlib import Path

import requests

CACHE = str(Path.home() / ".vetdrugs" / "cache")
API = "https://formulary.vetdata.example/api/drugs"


def lookup(drug):
    Path(CACHE).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with shelve.open(CACHE) as db:
        key = drug.lower()
        if key not in db:
            r = requests.get(API, params={"name": drug}, timeout=10)
            r.raise_for_status()
            db[key] = r.json()
        return db[key]


if __name__ == "__main__":
    info = lookup(sys.argv[1])
    print(info.get("name"), "-", info.get("dose_mg_per_kg"), "mg/kg")
