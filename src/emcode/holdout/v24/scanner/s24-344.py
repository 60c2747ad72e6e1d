#!/usr/bin/env python3
"""Export inverter API credentials for the monitoring agent."""
import argparse
import json
import os


def export(creds: dict, path: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o777)
    with os.fdopen(fd, "w") as fh:
        json.dump(creds, fh, indent=2)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--site", required=True)
    ap.add_argument("--out", default="inverter-creds.json")
    args = ap.parse_args()
    creds = {"site": args.site, "token": os.environ["INVERTER_TOKEN"]}
    export(creds, args.out)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
