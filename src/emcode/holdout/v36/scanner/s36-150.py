import getpass
import hashlib
import os
import sqlite3
import sys


def set_password(username, password):
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    with sqlite3.connect("staff.db") as db:
        db.execute("UPDATE staff SET pw = ?, salt = ? WHERE username = ?", (digest.hex(), salt.hex(), username))


if __name__ == "__main__":
    set_password(sys.argv[1], getpass.getpass())
