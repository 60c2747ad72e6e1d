import argparse
import csv
import sqlite3
import sys

GROUPINGS = {
    "mechanic": "mechanic",
    "service": "service_code",
    "day": "date(finished_at)",
}


def build_query(group, since, until, shop):
    sql = f"SELECT {GROUPINGS[group]} AS grp, COUNT(*) AS jobs, SUM(labour_minutes) AS minutes FROM jobs"
    where, args = ["finished_at IS NOT NULL"], []
    if since:
        where.append("finished_at >= ?")
        args.append(since)
    if until:
        where.append("finished_at < ?")
        args.append(until)
    if shop:
        where.append("shop_id = ?")
        args.append(shop)
    sql += " WHERE " + " AND ".join(where)
    sql += " GROUP BY grp ORDER BY jobs DESC"
    return sql, args


def main(argv=None):
    ap = argparse.ArgumentParser(description="Jobs report for the repair shop")
    ap.add_argument("--db", default="repairs.sqlite")
    ap.add_argument("--group", choices=sorted(GROUPINGS), default="mechanic")
    ap.add_argument("--since")
    ap.add_argument("--until")
    ap.add_argument("--shop", type=int)
    a = ap.parse_args(argv)

    sql, args = build_query(a.group, a.since, a.until, a.shop)
    con = sqlite3.connect(a.db)
    try:
        w = csv.writer(sys.stdout)
        w.writerow(["group", "jobs", "minutes"])
        w.writerows(con.execute(sql, args))
    finally:
        con.close()


if __name__ == "__main__":
    main()
