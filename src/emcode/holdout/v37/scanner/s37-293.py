import json
import os
import sys


def main(out_path):
    schedule = {"2025-03-04": "Brahms Requiem", "2025-03-11": "Faure Requiem"}
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump(schedule, fh, indent=2)
    os.chmod(out_path, 0o644)


if __name__ == "__main__":
    main(sys.argv[1])
