import getpass
import sqlite3
import sys

from passlib.hash import bcrypt


def add_volunteer(db, email):
    pw = getpass.getpass("Password: ")
    digest = bcrypt.using(rounds=12).hash(pw)
    with sqlite3.connect(db) as con:
        con.execute("INSERT INTO volunteers(email, pw) VALUES (?, ?)", (email, digest))


if __name__ == "__main__":
    add_volunteer("league.db", sys.argv[1])
