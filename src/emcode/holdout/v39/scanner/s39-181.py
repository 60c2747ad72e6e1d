import argparse
import json
import os


def write_report(path, data):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(data, fh, indent=2)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("applicant_id")
    ap.add_argument("--out", default="report.json")
    a = ap.parse_args()
    write_report(a.out, {"applicant": a.applicant_id, "score": 712, "eviction_history": []})
