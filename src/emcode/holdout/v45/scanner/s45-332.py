import getpass
import hashlib
import json

SALT = b"\x8a\x11hearwell\x02"


def main():
    user = input("clinician id: ").strip()
    pin = getpass.getpass("new PIN: ")
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), SALT, 100_000).hex()
    with open("pins.json", "r+") as fh:
        pins = json.load(fh)
        pins[user] = digest
        fh.seek(0)
        json.dump(pins, fh)
        fh.truncate()


if __name__ == "__main__":
    main()
