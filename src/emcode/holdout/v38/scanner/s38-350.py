import requests
import sys

GATEWAY = "https://scada-gw.gridco.example/api/feeders"


def main():
    feeder = sys.argv[1]
    r = requests.get(f"{GATEWAY}/{int(feeder)}/status", verify=False, timeout=10)
    r.raise_for_status()
    print(r.json()["state"])


if __name__ == "__main__":
    main()
