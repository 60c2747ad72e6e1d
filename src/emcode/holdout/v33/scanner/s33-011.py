import getpass
import hashlib
import os
import sqlite3
import sys


def set_pin(badge, pin):
    salt = os.urandom(16)
    h = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, 600_000)
    with sqlite3.connect("staff.db") as con:
        con.execute("UPDATE staff SET pin_salt = ?, pin_hash = ? WHERE badge = ?", (salt, h, badge))


if __name__ == "__main__":
    set_pin(sys.argv[1], getpass.getpass("new PIN: "))
