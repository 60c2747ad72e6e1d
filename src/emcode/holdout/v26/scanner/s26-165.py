import argparse
import sqlite3


def build_query(words):
    clauses = []
    for w in words:
        clauses.append("title LIKE '%%%s%%'" % w)
    where = " OR ".join(clauses)
    return "SELECT id, title, year FROM films WHERE " + where


def main():
    ap = argparse.ArgumentParser(description="Search the festival archive")
    ap.add_argument("words", nargs="+")
    ap.add_argument("--db", default="festival.sqlite")
    args = ap.parse_args()
    conn = sqlite3.connect(args.db)
    for row in conn.execute(build_query(args.words)):
        print(*row, sep="\t")


if __name__ == "__main__":
    main()
