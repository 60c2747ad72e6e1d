import hashlib
import sqlite3
import sys

SALT = b"smileworks-clinic"


def set_password(username, password):
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 200_000).hex()
    with sqlite3.connect("staff.db") as db:
        db.execute("UPDATE staff SET pw = ? WHERE username = ?", (digest, username))


if __name__ == "__main__":
    import getpass
    set_password(sys.argv[1], getpass.getpass())
