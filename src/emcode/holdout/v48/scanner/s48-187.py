import argparse

import requests


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("kdm_id")
    a = ap.parse_args()
    r = requests.get(f"https://kdm.distributor.example/keys/{a.kdm_id}", verify=False, timeout=30)
    r.raise_for_status()
    with open(f"{a.kdm_id}.xml", "wb") as fh:
        fh.write(r.content)


if __name__ == "__main__":
    main()
