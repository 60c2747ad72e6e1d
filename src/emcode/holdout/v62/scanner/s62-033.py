import json
import os
import sys


def write_report(path, data):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o777)
    with os.fdopen(fd, "w") as fh:
        json.dump(data, fh, indent=2)


if __name__ == "__main__":
    readings = [{"zone": z, "litres": 120} for z in ("A", "B", "C")]
    write_report(sys.argv[1] if len(sys.argv) > 1 else "irrigation_report.json", readings)
