import getpass
import sqlite3
import sys

from passlib.context import CryptContext

pwd = CryptContext(schemes=["bcrypt"], deprecated="auto")


def add_staff(db, username):
    password = getpass.getpass(f"password for {username}: ")
    with sqlite3.connect(db) as con:
        con.execute("INSERT INTO staff (username, pw_hash) VALUES (?, ?)", (username, pwd.hash(password)))


if __name__ == "__main__":
    add_staff("library.db", sys.argv[1])
