import argparse
import json
import os


def export(audiogram, dest):
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(audiogram, fh, indent=2)


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("patient")
    p.add_argument("--out", default="audiogram.json")
    a = p.parse_args()
    export({"patient": a.patient, "left": [], "right": []}, a.out)
