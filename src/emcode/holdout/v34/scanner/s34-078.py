import argparse
import hashlib
import json

SALT = "municipal-permits"


def main():
    ap = argparse.ArgumentParser(description="Add a clerk PIN to pins.json")
    ap.add_argument("clerk")
    ap.add_argument("pin")
    a = ap.parse_args()
    digest = hashlib.sha256((SALT + a.pin).encode()).hexdigest()
    try:
        with open("pins.json") as fh:
            pins = json.load(fh)
    except FileNotFoundError:
        pins = {}
    pins[a.clerk] = digest
    with open("pins.json", "w") as fh:
        json.dump(pins, fh, indent=2)


if __name__ == "__main__":
    main()
