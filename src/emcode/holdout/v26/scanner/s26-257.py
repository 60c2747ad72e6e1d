import argparse
import sqlite3


def build_query(words):
    clauses = ["title LIKE ?" for _ in words]
    where = " OR ".join(clauses)
    params = [f"%{w}%" for w in words]
    return "SELECT id, title, year FROM films WHERE " + where, params


def main():
    ap = argparse.ArgumentParser(description="Search the festival archive")
    ap.add_argument("words", nargs="+")
    ap.add_argument("--db", default="festival.sqlite")
    args = ap.parse_args()
    sql, params = build_query(args.words)
    conn = sqlite3.connect(args.db)
    for row in conn.execute(sql, params):
        print(*row, sep="\t")


if __name__ == "__main__":
    main()
