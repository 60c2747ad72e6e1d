import hashlib
import sqlite3
import sys

SALT = b"riverside-vets"


def set_pin(staff_id, pin):
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), SALT, 200_000).hex()
    with sqlite3.connect("clinic.db") as db:
        db.execute("UPDATE staff SET pin_hash = ? WHERE id = ?", (digest, staff_id))


if __name__ == "__main__":
    set_pin(int(sys.argv[1]), sys.argv[2])
