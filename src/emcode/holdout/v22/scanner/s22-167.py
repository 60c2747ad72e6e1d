import csv
import sqlite3
import sys


def import_members(csv_path: str, db_path: str = "library.db") -> int:
    with open(csv_path, newline="", encoding="utf-8") as fh:
        rows = [(r["card"], r["name"], r["email"]) for r in csv.DictReader(fh)]
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("CREATE TABLE IF NOT EXISTS members (card TEXT PRIMARY KEY, name TEXT, email TEXT)")
        conn.executemany("INSERT OR REPLACE INTO members (card, name, email) VALUES (?, ?, ?)", rows)
    conn.close()
    return len(rows)


if __name__ == "__main__":
    print(import_members(sys.argv[1]), "members imported")
