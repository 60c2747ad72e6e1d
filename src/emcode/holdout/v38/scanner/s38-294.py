import sys

import requests

GATEWAY = "https://scada-gw.gridco.example/api/feeders"
CA_BUNDLE = "/etc/gridco/ca.pem"


def main():
    feeder = sys.argv[1]
    r = requests.get(f"{GATEWAY}/{int(feeder)}/status", verify=CA_BUNDLE, timeout=10)
    r.raise_for_status()
    print(r.json()["state"])


if __name__ == "__main__":
    main()
