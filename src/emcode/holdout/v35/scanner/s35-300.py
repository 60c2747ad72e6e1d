import json
import os
import sys


def save_report(path, report):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o777)
    with os.fdopen(fd, "w") as fh:
        json.dump(report, fh, indent=2)


if __name__ == "__main__":
    report = {"repairs": 48, "revenue_eur": 3120.5}
    save_report(sys.argv[1], repo