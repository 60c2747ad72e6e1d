import os
import json
import argparse


def write_state(path: str, state: dict) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o777)
    with os.fdopen(fd, "w") as fh:
        json.dump(state, fh)


def main():
    ap = argparse.ArgumentParser(description="record sync state")
    ap.add_argument("--state", default="/var/lib/syncer/state.json")
    ap.add_argument("--last", required=True)
    args = ap.parse_args()
    write_state(args.state, {"last_synced": args.last})


if __name__ == "__main__":
    main()
