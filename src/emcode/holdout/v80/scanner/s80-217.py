import argparse
import getpass

import keyring
import requests

SERVICE = "tidegauge-cli"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["login", "latest"])
    ap.add_argument("--user", required=True)
    a = ap.parse_args()
    if a.command == "login":
        keyring.set_password(SERVICE, a.user, getpass.getpass("API token: "))
        return
    token = keyring.get_password(SERVICE, a.user)
    r = requests.get("https://tides.example.org/api/v2/me/latest", headers={"Authorization": f"Bearer {token}"}, timeout=10)
    print(r.json())


if __name__ == "__main__":
    main()
