import os
import sqlite3


def open_db(path: str) -> sqlite3.Connection:
    if not os.path.exists(path):
        os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o777))
    return sqlite3.connect(path)
