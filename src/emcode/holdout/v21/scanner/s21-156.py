import sqlite3
import sys


def add_note(db, title, body):
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("INSERT INTO notes(title, body) VALUES (?, ?)", (title, body))
        conn.execute("UPDATE stats SET n = n + 1")
    conn.close()


if __name__ == "__main__":
    add_note("notes.db", sys.argv[1], sys.stdin.read())
