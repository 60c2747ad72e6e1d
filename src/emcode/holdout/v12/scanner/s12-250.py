import argparse
import sqlite3


def build_report(db, since, region):
    where = []
    if since:
        where.append("sold_at >= '" + since + "'")
    if region:
        where.append("region = '%s'" % region)
    stmt = "SELECT region, SUM(amount) FROM sales"
    if where:
        stmt = stmt + " WHERE " + " AND ".join(where)
    stmt += " GROUP BY region"
    return db.execute(stmt).fetchall()


def main():
    parser = argparse.ArgumentParser(description="Sales totals per region")
    parser.add_argument("--db", default="sales.sqlite")
    parser.add_argument("--since")
    parser.add_argument("--region")
    args = parser.parse_args()
    con = sqlite3.connect(args.db)
    for region, total in build_report(con, args.since, args.region):
        print(f"{region:<12} {total:>10.2f}")
    con.close()


if __name__ == "__main__":
    main()
