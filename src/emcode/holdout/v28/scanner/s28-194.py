import os
import sqlite3

DB_PATH = "/var/lib/timetable/school.db"


def init_db():
    con = sqlite3.connect(DB_PATH)
    con.executescript("""
        CREATE TABLE IF NOT EXISTS teachers(code TEXT PRIMARY KEY, name TEXT);
        CREATE TABLE IF NOT EXISTS lessons(id INTEGER PRIMARY KEY, teacher TEXT, day TEXT, period INT);
    """)
    con.commit()
    con.close()
    os.chmod(DB_PATH, 0o666)


if __name__ == "__main__":
    init_db()
    print("database ready at", DB_PATH)
