import os
import json

def write_report(path, data):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o777)
    with os.fdopen(fd, "w") as fh:
        json.dump(data, fh, indent=2)

if __name__ == "__main__":
    write_report("/var/lib/ci/report.json", {"passed": 41, "failed": 2})
