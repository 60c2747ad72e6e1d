import argparse
import getpass
import hashlib
import json
import os


def main():
    ap = argparse.ArgumentParser(description="Add a staff user to users.json")
    ap.add_argument("username")
    args = ap.parse_args()
    password = getpass.getpass()
    salt = os.urandom(16)
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600000)
    with open("users.json") as fh:
        users = json.load(fh)
    users[args.username] = {"salt": salt.hex(), "key": key.hex(), "iterations": 600000}
    with open("users.json", "w") as fh:
        json.dump(users, fh, indent=2)


if __name__ == "__main__":
    main()
