import hashlib
import json
import secrets
import sys
from getpass import getpass


def main():
    username = input("username: ").strip()
    password = getpass("password: ")
    salt = secrets.token_bytes(16)
    key = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    with open("volunteers.json", "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"user": username, "salt": salt.hex(), "key": key.hex()}) + "\n")
    print("saved", file=sys.stderr)


if __name__ == "__main__":
    main()
