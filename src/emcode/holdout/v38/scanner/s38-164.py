import sqlite3
import sys

import bcrypt


def add_user(db, name, password):
    digest = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
    db.execute("INSERT INTO users (name, pw) VALUES (?, ?)", (name, digest))
    db.commit()


def main():
    db = sqlite3.connect("passes.db")
    add_user(db, sys.argv[1], sys.argv[2])
    print("user added; total users:", db.execute("SELECT COUNT(*) FROM us