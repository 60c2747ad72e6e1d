import argparse
import getpass

import keyring
import requests

SERVICE = "museum-archive-api"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--user", required=True)
    ap.add_argument("batch")
    a = ap.parse_args()
    token = keyring.get_password(SERVICE, a.user)
    if token is None:
        token = getpass.getpass("API token: ")
        keyring.set_password(SERVICE, a.user, token)
    r = requests.get(
        f"https://scans.museum-archive.org/api/batches/{int(a.batch)}",
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    r.raise_for_status()
    print(r.json()["status"])


if __name__ == "__main__":
    main()
