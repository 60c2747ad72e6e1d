import os
import sqlite3
import sys

from cryptography.fernet import Fernet

f = Fernet(os.environ["ADOPTER_DATA_KEY"])


def store_phone(adopter_id: int, phone: str) -> None:
    token = f.encrypt(phone.encode())
    with sqlite3.connect("shelter.db") as db:
        db.execute("UPDATE adopters SET phone_enc = ? WHERE id = ?", (token, adopter_id))


if __name__ == "__main__":
    store_phone(int(sys.argv[1]), sys.argv[2])
