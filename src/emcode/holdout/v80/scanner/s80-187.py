import getpass
import hashlib
import json
import os
import sys


def enroll(path, user):
    pw = getpass.getpass(f"Password for {user}: ")
    salt = os.urandom(16)
    digest = hashlib.scrypt(pw.encode(), salt=salt, n=2**15, r=8, p=1, maxmem=64 * 1024 * 1024)
    try:
        with open(path) as fh:
            users = json.load(fh)
    except FileNotFoundError:
        users = {}
    users[user] = {"salt": salt.hex(), "hash": digest.hex()}
    with open(path, "w") as fh:
        json.dump(users, fh)


if __name__ == "__main__":
    enroll("beekeepers.json", sys.argv[1])
