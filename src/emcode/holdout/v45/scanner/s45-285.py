import argparse
import hashlib
import json
import os
from pathlib import Path

STORE = Path("volunteers.json")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("name")
    ap.add_argument("--password", required=True)
    a = ap.parse_args()
    salt = os.urandom(16)
    key = hashlib.scrypt(a.password.encode(), salt=salt, n=2**15, r=8, p=1, maxmem=64 * 1024 * 1024)
    data = json.loads(STORE.read_text()) if STORE.exists() else {}
    data[a.name] = {"salt": salt.hex(), "key": key.hex()}
    STORE.write_text(json.dumps(data, indent=2))


if __name__ == "__main__":
    main()
