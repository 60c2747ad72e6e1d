import argparse
import base64
import getpass
import hashlib
import os
import sqlite3


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("username")
    ap.add_argument("--db", default="shop_admin.db")
    a = ap.parse_args()
    pw = getpass.getpass("password: ")
    if len(pw) < 12:
        raise SystemExit("use at least 12 characters")
    salt = os.urandom(16)
    dk = hashlib.scrypt(pw.encode(), salt=salt, n=2**15, r=8, p=1, maxmem=64 * 1024 * 1024)
    stored = "scrypt$" + base64.b64encode(salt).decode() + "$" + base64.b64encode(dk).decode()
    with sqlite3.connect(a.db) as con:
        con.execute("INSERT INTO admins (username, pw) VALUES (?, ?)", (a.username, stored))
    print("created", a.username)


if __name__ == "__main__":
    main()
