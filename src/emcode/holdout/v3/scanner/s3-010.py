import os
import sqlite3


def open_cache(path):
    if not os.path.exists(path):
        os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o777))
    return sqlite3.connect(path)
