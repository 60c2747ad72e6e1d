import hashlib
import secrets
import sqlite3
import sys


def create_key(owner: str) -> str:
    key = "ak_" + secrets.token_hex(24)
    digest = hashlib.sha256(key.encode()).hexdigest()
    with sqlite3.connect("keys.db") as conn:
        conn.execute("INSERT INTO api_keys (owner, digest) VALUES (?, ?)", (owner, digest))
    return key


if __name__ == "__main__":
    owner = sys.argv[1]
    print("New key for", owner, ":", create_key(owner))
    print("Store it now - it will not be sh