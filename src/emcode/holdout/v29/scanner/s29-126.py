import hashlib
import sqlite3
import sys
import getpass


def add_volunteer(db, email):
    pw = getpass.getpass("Password: ")
    digest = hashlib.sha1(pw.encode()).hexdigest()
    with sqlite3.connect(db) as con:
        con.execute("INSERT INTO volunteers(email, pw) VALUES (?, ?)", (email, digest))


if __name__ == "__main__":
    add_volunteer("league.db", sys.argv[1])
