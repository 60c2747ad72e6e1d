import getpass
import hashlib
import os
import sqlite3
import sys


def set_pin(staff_id, pin):
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, 600_000)
    with sqlite3.connect("clinic.db") as db:
        db.execute("UPDATE staff SET pin_salt = ?, pin_hash = ? WHERE id = ?", (salt.hex(), digest.hex(), staff_id))


if __name__ == "__main__":
    set_pin(int(sys.argv[1]), getpass.getpass("New PIN: "))
