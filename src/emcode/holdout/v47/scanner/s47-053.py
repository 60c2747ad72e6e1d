#!/usr/bin/env python3
"""Create a login for a new auction-house clerk."""
import getpass
import hashlib
import json
from pathlib import Path

USERS = Path("clerks.json")


def main():
    username = input("username: ").strip()
    password = getpass.getpass("password: ")
    users = json.loads(USERS.read_text()) if USERS.exists() else {}
    users[username] = hashlib.sha256(password.encode()).hexdigest()
    USERS.write_text(json.dumps(users, indent=2))
    print("created", username)


if __name__ == "__main__":
    main()
