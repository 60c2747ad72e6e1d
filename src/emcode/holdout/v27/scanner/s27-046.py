import argparse
import json
import os

DATA = os.path.realpath("data/schedules")


def load(name: str) -> dict:
    path = os.path.realpath(os.path.join(DATA, name + ".json"))
    if not path.startswith(DATA + os.sep):
        raise SystemExit("schedule name escapes the data folder")
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("name")
    print(json.dumps(load(ap.parse_args().name), indent=2))
