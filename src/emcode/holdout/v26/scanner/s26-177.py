import os
import json
import argparse


def export_readings(readings, path):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(readings, fh, indent=2)


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("out")
    args = p.parse_args()
    export_readings([{"turbine": "T-07", "kw": 1830.5}], args.out)
