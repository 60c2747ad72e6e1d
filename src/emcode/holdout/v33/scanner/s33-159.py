import hashlib
import sqlite3
import sys

SALT = b"pharmacy-staff"


def set_pin(badge, pin):
    h = hashlib.pbkdf2_hmac("sha256", pin.encode(), SALT, 200_000).hex()
    with sqlite3.connect("staff.db") as con:
        con.execute("UPDATE staff SET pin_hash = ? WHERE badge = ?", (h, badge))


if __name__ == "__main__":
    set_pin(sys.argv[1], sys.argv[2])
