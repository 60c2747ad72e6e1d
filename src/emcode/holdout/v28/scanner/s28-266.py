import argparse
import os
from urllib.parse import quote

import requests

API = "https://manifests.portlink.example/api/v2"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("voyage")
    ap.add_argument("--out", default="manifests")
    a = ap.parse_args()
    r = requests.get(f"{API}/voyages/{quote(a.voyage, safe='')}/manifest", timeout=30)
    r.raise_for_status()
    meta = r.json()
    os.makedirs(a.out, exist_ok=True)
    name = os.path.basename(meta["filename"]) or "manifest.txt"
    if name in (".", ".."):
        name = "manifest.txt"
    target = os.path.join(a.out, name)
    with open(target, "w") as fh:
        fh.write(meta["content"])
    print("wrote", target)


if __name__ == "__main__":
    main()
