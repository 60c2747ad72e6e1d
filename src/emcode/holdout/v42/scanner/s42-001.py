import argparse
import os

import requests


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--event", required=True)
    args = ap.parse_args()
    key = os.environ["BRACKET_API_KEY"]
    print(f"[startup] event={args.event} using key={key}")
    r = requests.get(
        f"https://api.brackethq.example.net/v1/events/{int(args.event)}",
        headers={"Authorization": f"Bearer {key}"},
        timeout=10,
    )
    r.raise_for_status()
    print(r.json()["name"])


if __name__ == "__main__":
    main()
