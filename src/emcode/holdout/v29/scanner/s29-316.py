import shelve
from pathlib import Path

import requests

CACHE = Path.home() / ".cache" / "opencat" / "isbn"
API = "https://openlibrary.org/isbn/{}.json"


def lookup(isbn: str) -> dict:
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    digits = "".join(ch for ch in isbn if ch.isdigit() or ch in "Xx")
    with shelve.open(str(CACHE)) as db:
        if digits in db:
            return db[digits]
        resp = requests.get(API.format(digits), timeout=10)
        resp.raise_for_status()
        data = resp.json()
        db[digits] = data
        return data


if __name__ == "__main__":
    import sys
    for arg in sys.argv[1:]:
        print(lookup(arg).get("title"))
