import argparse
import getpass
import json

from argon2 import PasswordHasher


def main():
    ap = argparse.ArgumentParser(description="Add a staff user to users.json")
    ap.add_argument("username")
    args = ap.parse_args()
    ph = PasswordHasher()
    pw_hash = ph.hash(getpass.getpass())
    with open("users.json") as fh:
        users = json.load(fh)
    users[args.username] = pw_hash
    with open("users.json", "w") as fh:
        json.dump(users, fh, ind