import hashlib
import os
import sqlite3
import sys


def add_member(email, password):
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 390_000)
    con = sqlite3.connect("brigade.db")
    con.execute("INSERT INTO members (email, salt, pw) VALUES (?, ?, ?)", (email, salt.hex(), digest.hex()))
    con.commit()
    con.close()
    print(f"added {em