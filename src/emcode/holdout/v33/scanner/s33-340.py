import shelve
from pathlib import Path

import requests

STORE = str(Path.home() / ".cache" / "pkgstats")
Path(STORE).parent.mkdir(parents=True, exist_ok=True)


def downloads(project):
    with shelve.open(STORE) as db:
        if project in db:
            return db[project]
        r = requests.get(f"https://pypistats.org/api/packages/{requests.utils.quote(project, safe='')}/recent", timeout=10)
        r.raise_for_status()
        n = r.json()["data"]["last_month"]
        db[project] = n
        return n


if __name__ == "__main__":
    for p in ("requests", "flask", "numpy"):
        print(p, downloads(p))
