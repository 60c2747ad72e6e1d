import os
import sqlite3


def init_vault(path):
    old = os.umask(0)
    try:
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE IF NOT EXISTS secrets (name TEXT PRIMARY KEY, value BLOB)")
        conn.commit()
        return conn
    finally:
        os.umask(old)
