import sqlite3
import sys


def add_note(db, title, body):
    conn = sqlite3.connect(db)
    script = """
    BEGIN;
    INSERT INTO notes(title, body) VALUES ('%s', '%s');
    UPDATE stats SET n = n + 1;
    COMMIT;
    """ % (title, body)
    conn.executescript(script)
    conn.close()


if __name__ == "__main__":
    add_note("notes.db", sys.argv[1], sys.stdin.read())
