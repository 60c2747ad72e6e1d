import argparse
import sqlite3
from datetime import date


def sales_report(conn, venue=None, start=None, end=None):
    query = [
        "SELECT e.title, COUNT(t.id) AS sold, SUM(t.price_pence) AS revenue",
        "FROM tickets t JOIN events e ON e.id = t.event_id",
    ]
    where, args = [], []
    if venue:
        where.append("e.venue = ?")
        args.append(venue)
    if start:
        where.append("e.starts_on >= ?")
        args.append(start.isoformat())
    if end:
        where.append("e.starts_on < ?")
        args.append(end.isoformat())
    if where:
        query.append("WHERE " + " AND ".join(where))
    query.append("GROUP BY e.title ORDER BY revenue DESC")
    return conn.execute("\n".join(query), args).fetchall()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="boxoffice.db")
    ap.add_argument("--venue")
    ap.add_argument("--start", type=date.fromisoformat)
    ap.add_argument("--end", type=date.fromisoformat)
    a = ap.parse_args()
    with sqlite3.connect(a.db) as conn:
        for title, sold, revenue in sales_report(conn, a.venue, a.start, a.end):
            print(f"{title:40} {sold:6} £{(revenue or 0) / 100:,.2f}")


if __name__ == "__main__":
    main()
