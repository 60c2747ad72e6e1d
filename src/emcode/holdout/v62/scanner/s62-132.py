import json
import os
import sys

CACHE_DIR = os.path.expanduser("~/.cache/keeper")


def save_shift(entry):
    os.makedirs(CACHE_DIR, mode=0o700, exist_ok=True)
    old = os.umask(0o077)
    try:
        with open(os.path.join(CACHE_DIR, "last_shift.json"), "w") as fh:
            json.dump(entry, fh)
    finally:
        os.umask(old)


if __name__ == "__main__":
    save_shift({"tower": sys.argv[1], "keeper": sys.argv[2]})
