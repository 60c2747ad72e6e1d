import argparse
import sqlite3
import sys
from datetime import date, timedelta

DB = "lending.db"


def connect():
    conn = sqlite3.connect(DB)
    conn.execute("CREATE TABLE IF NOT EXISTS loans (isbn TEXT, member TEXT, due TEXT, returned INTEGER DEFAULT 0)")
    return conn


def lend(isbn: str, member: str) -> None:
    due = (date.today() + timedelta(days=21)).isoformat()
    with connect() as conn:
        conn.execute("INSERT INTO loans (isbn, member, due) VALUES (?, ?, ?)", (isbn, member, due))
    print(f"{isbn} lent to {member}, due {due}")


def give_back(isbn: str) -> None:
    with connect() as conn:
        cur = conn.execute("UPDATE loans SET returned = 1 WHERE isbn = ? AND returned = 0", (isbn,))
    print("returned" if cur.rowcount else "no open loan")


def overdue() -> None:
    with connect() as conn:
        for isbn, member, due in conn.execute(
            "SELECT isbn, member, due FROM loans WHERE returned = 0 AND due < ?", (date.today().isoformat(),)
        ):
            print(isbn, member, due)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="lend")
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("lend")
    p.add_argument("isbn")
    p.add_argument("member")
    r = sub.add_parser("return")
    r.add_argument("isbn")
    sub.add_parser("overdue")
    args = ap.parse_args(argv)
    if args.cmd == "lend":
        lend(args.isbn, args.member)
    elif args.cmd == "return":
        give_back(args.isbn)
    else:
        overdue()
    return 0


if __name__ == "__main__":
    sys.exit(main())
