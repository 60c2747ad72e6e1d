import argparse
import getpass
import json
import os
from pathlib import Path

from cryptography.fernet import Fernet

VAULT = Path("station_creds.enc")


def main():
    ap = argparse.ArgumentParser(description="Store a station's API credentials encrypted")
    ap.add_argument("station")
    ap.add_argument("--username", required=True)
    args = ap.parse_args()
    f = Fernet(os.environ["VAULT_KEY"])
    data = json.loads(f.decrypt(VAULT.read_bytes())) if VAULT.exists() else {}
    data[args.station] = {"username": args.username, "password": getpass.getpass("password: ")}
    VAULT.write_bytes(f.encrypt(json.dumps(data).encode()))
    os.chmod(VAULT, 0o600)


if __name__ == "__main__":
    main()
