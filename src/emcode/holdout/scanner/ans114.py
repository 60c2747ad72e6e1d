import sqlite3
import sys

BASE = "DELETE FROM sessions WHERE user_id = %s AND device = '%s'"


def logout_device(db_path, user_id, device):
    stmt = BASE % (user_id, device)
    with sqlite3.connect(db_path) as conn:
        conn.execute(stmt)
        conn.commit()


if __name__ == "__main__":
    logout_device("app.db", sys.argv[1], sys.argv[2])
