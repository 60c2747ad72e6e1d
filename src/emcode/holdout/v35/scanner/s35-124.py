import argparse
import datetime as dt
import sys

import yaml

REQUIRED = {"list", "subject", "send_at"}


def load_schedule(path):
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or []
    if not isinstance(data, list):
        raise SystemExit("schedule must be a list of sends")
    out = []
    for i, item in enumerate(data, 1):
        missing = REQUIRED - set(item)
        if missing:
            raise SystemExit(f"item {i}: missing {', '.join(sorted(missing))}")
        when = item["send_at"]
        if isinstance(when, str):
            when = dt.datetime.fromisoformat(when)
        out.append((when, item["list"], item["subject"]))
    return sorted(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("schedule")
    args = ap.parse_args()
    for when, lst, subject in load_schedule(args.schedule):
        print(f"{when:%Y-%m-%d %H:%M}  {lst:<20} {subject}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
