import argparse
import sqlite3
from datetime import date


def build_query(customer, since, until):
    sql = "SELECT number, issued_on, total_cents FROM invoices"
    where = []
    args = []
    if customer:
        where.append("customer_id = ?")
        args.append(customer)
    if since:
        where.append("issued_on >= ?")
        args.append(since.isoformat())
    if until:
        where.append("issued_on <= ?")
        args.append(until.isoformat())
    if where:
        sql = sql + " WHERE " + " AND ".join(where)
    return sql + " ORDER BY issued_on", args


def main():
    p = argparse.ArgumentParser(description="List invoices")
    p.add_argument("--db", default="billing.sqlite")
    p.add_argument("--customer")
    p.add_argument("--since", type=date.fromisoformat)
    p.add_argument("--until", type=date.fromisoformat)
    a = p.parse_args()
    sql, args = build_query(a.customer, a.since, a.until)
    with sqlite3.connect(a.db) as conn:
        for number, issued, cents in conn.execute(sql, args):
            print(f"{number}\t{issued}\t{cents / 100:.2f}")


if __name__ == "__main__":
    main()
