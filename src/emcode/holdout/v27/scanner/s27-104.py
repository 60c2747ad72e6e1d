import sqlite3
import argparse


def find(db, surname=None, level=None):
    parts = ["SELECT first, surname, level FROM students"]
    conds = []
    if surname:
        conds.append(f"surname LIKE '{surname}%'")
    if level:
        conds.append(f"level = '{level}'")
    if conds:
        parts.append("WHERE " + " AND ".join(conds))
    sql = " ".join(parts)
    return sqlite3.connect(db).execute(sql).fetchall()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--surname")
    ap.add_argument("--level")
    a = ap.parse_args()
    for row in find("school.db", a.surname, a.level):
        print(*row)
