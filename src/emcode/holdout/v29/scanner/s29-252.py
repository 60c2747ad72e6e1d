import argparse

import keyring
import requests

SERVICE = "claims-portal"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--user", required=True)
    ap.add_argument("claim_ref")
    args = ap.parse_args()
    password = keyring.get_password(SERVICE, args.user)
    if password is None:
        raise SystemExit(f"no password stored; run: keyring set {SERVICE} {args.user}")
    r = requests.get(
        f"https://portal.claimsco.example/api/claims/{args.claim_ref}",
        auth=(args.user, password), timeout=15,
    )
    r.raise_for_status()
    print(r.json()["status"])


if __name__ == "__main__":
    main()
