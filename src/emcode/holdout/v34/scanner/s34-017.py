import argparse
import os
import pickle
from pathlib import Path

CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "gedtool"


def parse_gedcom(path: Path) -> dict:
    people = {}
    current = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split(" ", 2)
        if len(parts) >= 3 and parts[0] == "0" and parts[2] == "INDI":
            current = parts[1]
            people[current] = {}
        elif current and len(parts) == 3 and parts[0] == "1" and parts[1] == "NAME":
            people[current]["name"] = parts[2].replace("/", "").strip()
    return people


def load(path: Path) -> dict:
    CACHE.mkdir(parents=True, exist_ok=True, mode=0o700)
    cached = CACHE / (path.stem + ".pickle")
    if cached.exists() and cached.stat().st_mtime >= path.stat().st_mtime:
        with cached.open("rb") as fh:
            return pickle.load(fh)
    people = parse_gedcom(path)
    with cached.open("wb") as fh:
        pickle.dump(people, fh)
    return people


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("gedcom", type=Path)
    people = load(ap.parse_args().gedcom)
    print(len(people), "individuals")
