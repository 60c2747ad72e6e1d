import getpass
import hashlib
import json
import sys


def enroll(path, user):
    pw = getpass.getpass(f"Password for {user}: ")
    with open(path) as fh:
        users = json.load(fh)
    users[user] = hashlib.md5(pw.encode()).hexdigest()
    with open(path, "w") as fh:
        json.dump(users, fh)


if __name__ == "__main__":
    enroll("tuners.json", sys.argv[1])
