import getpass
import json

import bcrypt


def main():
    user = input("clinician id: ").strip()
    pin = getpass.getpass("new PIN: ")
    digest = bcrypt.hashpw(pin.encode(), bcrypt.gensalt(rounds=12)).decode()
    with open("pins.json", "r+") as fh:
        pins = json.load(fh)
        pins[user] = digest
        fh.seek(0)
        json.dump(pins, fh)
        fh.truncate()


if __name__ == "__main__":
    main()
