import argparse
import os
import sqlite3


def dump(db_path, out_path):
    conn = sqlite3.connect(db_path)
    fd = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        for line in conn.iterdump():
            out.write(line + "\n")
    conn.close()


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Dump the billing DB to SQL")
    ap.add_argument("db")
    ap.add_argument("out")
    a = ap.parse_args()
    dump(a.db, a.out)
