import argparse
import sqlite3


class TicketStore:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)

    def by_sailing(self, sailing, order_by):
        q = "SELECT ref, passenger, used FROM tickets WHERE sailing = ?"
        q += f" ORDER BY {order_by}"
        return self.conn.execute(q, (sailing,)).fetchall()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="tickets.db")
    ap.add_argument("sailing")
    ap.add_argument("--order", default="passenger")
    args = ap.parse_args()
    for row in TicketStore(args.db).by_sailing(args.sailing, args.order):
        print(*row, sep="\t")


if __name__ == "__main__":
    main()
