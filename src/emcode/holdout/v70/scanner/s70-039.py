import json
import os
import sys


def export(records, dest):
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(records, fh, indent=2)


if __name__ == "__main__":
    export([{"plot": i} for i in range(3)], sys.argv[1] if len(sys.argv) > 1 else "plots.json")
