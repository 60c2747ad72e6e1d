import argparse
import sqlite3


class TicketStore:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS tickets (ref TEXT PRIMARY KEY, passenger TEXT, sailing TEXT, used INTEGER DEFAULT 0)"
        )

    def add(self, ref, passenger, sailing):
        with self.conn:
            self.conn.execute("INSERT INTO tickets (ref, passenger, sailing) VALUES (?, ?, ?)", (ref, passenger, sailing))

    def redeem(self, ref):
        with self.conn:
            cur = self.conn.execute("UPDATE tickets SET used = 1 WHERE ref = ? AND used = 0", (ref,))
        return cur.rowcount == 1

    def by_sailing(self, sailing):
        return self.conn.execute(
            "SELECT ref, passenger, used FROM tickets WHERE sailing = ? ORDER BY passenger", (sailing,)
        ).fetchall()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="tickets.db")
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add")
    a.add_argument("ref")
    a.add_argument("passenger")
    a.add_argument("sailing")
    r = sub.add_parser("redeem")
    r.add_argument("ref")
    ls = sub.add_parser("list")
    ls.add_argument("sailing")
    args = ap.parse_args()
    store = TicketStore(args.db)
    if args.cmd == "add":
        store.add(args.ref, args.passenger, args.sailing)
    elif args.cmd == "redeem":
        print("ok" if store.redeem(args.ref) else "already used or unknown")
    else:
        for row in store.by_sailing(args.sailing):
            print(*row, sep="\t")


if __name__ == "__main__":
    main()
