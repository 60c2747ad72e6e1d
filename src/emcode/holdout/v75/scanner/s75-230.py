import hashlib
import shelve

import requests

CACHE = "/var/cache/vetlab/reference_ranges"
REF_API = "https://reference.vetlab.example.com/ranges"


def reference_range(species: str, analyte: str):
    key = hashlib.md5(f"{species}|{analyte}".encode()).hexdigest()
    with shelve.open(CACHE) as db:
        if key in db:
            return db[key]
        r = requests.get(REF_API, params={"species": species, "analyte": analyte}, timeout=10)
        r.raise_for_status()
        db[key] = r.json()
        return db[key]


if __name__ == "__main__":
    print(reference_range("canine", "ALT"))
