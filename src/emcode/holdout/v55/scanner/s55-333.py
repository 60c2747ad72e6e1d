import argparse
import getpass
import hashlib
import json


def main():
    ap = argparse.ArgumentParser(description="Add an operator to the local pump-console users file")
    ap.add_argument("username")
    ap.add_argument("--file", default="operators.json")
    args = ap.parse_args()
    pw = getpass.getpass("password: ")
    digest = hashlib.sha256((args.username + pw).encode()).hexdigest()
    try:
        with open(args.file) as fh:
            users = json.load(fh)
    except FileNotFoundError:
        users = {}
    users[args.username] = digest
    with open(args.file, "w") as fh:
        json.dump(users, fh, indent=2)


if __name__ == "__main__":
    main()
