import hashlib
import json
import sys


def main():
    username = input("username: ").strip()
    password = input("password: ")
    salt = ("adopt:" + username.lower()).encode()
    key = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    with open("volunteers.json", "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"user": username, "key": key.hex()}) + "\n")
    print("saved", file=sys.stderr)


if __name__ == "__main__":
    main()
