import sqlite3
import sys


def rename_member(db_path, member_id, nickname):
    conn = sqlite3.connect(db_path)
    try:
        with conn:
            conn.execute("UPDATE members SET nickname = ? WHERE id = ?", (nickname, member_id))
            conn.execute("INSERT INTO audit(action) VALUES (?)", ("rename",))
    finally:
        conn.close()


if __name__ == "__main__":
    rename_member("fitness.db", int(sys.argv[1]), sys.argv[2])
