import getpass
import hashlib
import json
import sys


def enroll(path, user):
    pw = getpass.getpass(f"Password for {user}: ")
    digest = hashlib.scrypt(pw.encode(), salt=user.encode(), n=2**14, r=8, p=1).hex()
    with open(path) as fh:
        users = json.load(fh)
    users[user] = digest
    with open(path, "w") as fh:
        json.dump(users, fh)


if __name__ == "__main__":
    enroll("beekeepers.json", sys.argv[1])
