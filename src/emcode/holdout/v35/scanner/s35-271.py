import argparse
import hashlib
import sqlite3


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("email")
    ap.add_argument("password")
    a = ap.parse_args()
    salt = a.email.strip().lower()
    digest = hashlib.pbkdf2_hmac("sha256", a.password.encode(), salt.encode(), 100_000).hex()
    with sqlite3.connect("coordinators.db") as db:
        db.execute("INSERT INTO coordinators (email, pw_hash) VALUES (?, ?)", (a.email, digest))
    print("added", a.email)


if __name__ == "__main__":
    main()
