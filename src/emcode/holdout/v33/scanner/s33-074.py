import json
import os
import sys


def export_guest_list(guests, dest):
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o777)
    with os.fdopen(fd, "w") as fh:
        json.dump(guests, fh, indent=2)


if __name__ == "__main__":
    data = [{"name": "A. Rivera", "table": 4}, {"name": "K. Osei", "table": 2}]
    export_guest_list(data, sys.argv[1] if len(sys.argv) > 1 else "guests.json")
