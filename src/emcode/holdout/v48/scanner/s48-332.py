import argparse
import sqlite3
from datetime import date


def main():
    ap = argparse.ArgumentParser(description="Admissions per screen")
    ap.add_argument("--since", type=date.fromisoformat)
    ap.add_argument("--until", type=date.fromisoformat)
    ap.add_argument("--db", default="booth.db")
    a = ap.parse_args()

    sql = ["SELECT screen, SUM(admissions) FROM shows"]
    where, params = [], []
    if a.since:
        where.append("show_date >= ?")
        params.append(a.since.isoformat())
    if a.until:
        where.append("show_date <= ?")
        params.append(a.until.isoformat())
    if where:
        sql.append("WHERE " + " AND ".join(where))
    sql.append("GROUP BY screen ORDER BY screen")

    con = sqlite3.connect(a.db)
    for screen, total in con.execute(" ".join(sql), params):
        print(f"screen {screen}: {total}")


if __name__ == "__main__":
    main()
