import sqlite3
import argparse


def build_filter(owner, status):
    where = "WHERE 1=1"
    if owner:
        where += " AND owner = '" + owner + "'"
    if status:
        where += " AND status = '" + status + "'"
    return where


def list_samples(db, owner=None, status=None):
    conn = sqlite3.connect(db)
    sql = "SELECT code, freezer, status FROM samples " + build_filter(owner, status)
    rows = conn.execute(sql).fetchall()
    conn.close()
    return rows


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="lab.db")
    ap.add_argument("--owner")
    ap.add_argument("--status")
    a = ap.parse_args()
    for row in list_samples(a.db, a.owner, a.status):
        print(*row, sep="\t")
