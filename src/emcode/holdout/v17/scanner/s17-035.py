import argparse
import getpass
import json
from pathlib import Path

from argon2 import PasswordHasher

STORE = Path("users.json")
ph = PasswordHasher()


def add_user(name: str) -> None:
    users = json.loads(STORE.read_text()) if STORE.exists() else {}
    users[name] = ph.hash(getpass.getpass("password: "))
    STORE.write_text(json.dumps(users, indent=2))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("name")
    add_user(ap.parse_args().name)
