import getpass
import sqlite3
import sys

import bcrypt


def set_password(code: str, password: str) -> None:
    hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))
    with sqlite3.connect("timetable.db") as db:
        db.execute("UPDATE teachers SET pw_hash = ? WHERE code = ?", (hashed, code))


if __name__ == "__main__":
    pw = getpass.getpass("New password: ")
    if len(pw) < 12:
        sys.exit("password must have at least 12 characters")
    set_password(sys.argv[1], pw)
