import json
import sys

import requests

API = "https://api.orchestra-loans.org/v1"


def main(token_file):
    with open(token_file) as fh:
        token = fh.read().strip()
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {token}"
    r = s.get(f"{API}/loans", params={"status": "overdue"}, timeout=15)
    r.raise_for_status()
    json.dump(r.json(), sys.stdout, indent=2)


if __name__ == "__main__":
    main(sys.argv[1])
