import argparse
import json
import os


def export_incidents(incidents, out_path):
    fd = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o777)
    with os.fdopen(fd, "w") as fh:
        json.dump(incidents, fh, indent=2)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="incidents.json")
    args = ap.parse_args()
    incidents = [
        {"shaft": "B2", "type": "methane", "ppm": 1.4, "evacuated": True},
        {"shaft": "C1", "type": "rockfall", "injuries": 0},
    ]
    export_incidents(incidents, args.out)
    print("wrote", args.out)


if __name__ == "__main__":
    main()
