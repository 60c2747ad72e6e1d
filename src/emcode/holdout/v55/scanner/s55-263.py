import argparse
import getpass
import hashlib
import os
import json


def main():
    ap = argparse.ArgumentParser(description="Add an operator to the local pump-console users file")
    ap.add_argument("username")
    ap.add_argument("--file", default="operators.json")
    args = ap.parse_args()
    pw = getpass.getpass("password: ")
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, 600_000)
    try:
        with open(args.file) as fh:
            users = json.load(fh)
    except FileNotFoundError:
        users = {}
    users[args.username] = {"salt": salt.hex(), "hash": digest.hex(), "iterations": 600_000}
    fd = os.open(args.file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(users, fh, indent=2)


if __name__ == "__main__":
    main()
