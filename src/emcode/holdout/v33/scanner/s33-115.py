import sqlite3
import sys

TABLES = ("lessons", "cards", "reviews")


def purge_user(db_path, user_id):
    con = sqlite3.connect(db_path)
    with con:
        for table in TABLES:
            con.execute(f"DELETE FROM {table} WHERE user_id = ?", (user_id,))
    con.close()


if __name__ == "__main__":
    purge_user("lingo.db", int(sys.argv[1]))
