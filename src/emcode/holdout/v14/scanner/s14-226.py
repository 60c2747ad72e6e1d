import sqlite3
import argparse


def add_note(db, title, body):
    conn = sqlite3.connect(db)
    script = "BEGIN;\n"
    script += "INSERT INTO notes(title, body) VALUES ('%s', '%s');\n" % (title, body)
    script += "COMMIT;"
    conn.executescript(script)
    conn.close()


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("title")
    p.add_argument("body")
    p.add_argument("--db", default="notes.db")
    a = p.parse_args()
    add_note(a.db, a.title, a.body)
