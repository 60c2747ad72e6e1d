import argparse
import os
from pathlib import Path

ROOT = Path("/srv/trials/data")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("trial_code")
    args = ap.parse_args()
    code = args.trial_code.upper()
    if not code.isalnum():
        raise SystemExit("trial code must be alphanumeric")
    for sub in ("raw", "derived", "exports"):
        d = ROOT / code / sub
        d.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(ROOT / code, 0o700)
    print("created", ROOT / code)


if __name__ == "__main__":
    main()
