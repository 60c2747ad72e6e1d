import argparse

import psycopg2


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--zone")
    p.add_argument("--officer")
    p.add_argument("--since")
    args = p.parse_args()

    conds, values = [], []
    if args.zone:
        conds.append("zone = %s")
        values.append(args.zone)
    if args.officer:
        conds.append("officer_badge = %s")
        values.append(args.officer)
    if args.since:
        conds.append("issued_at >= %s")
        values.append(args.since)

    query = "SELECT plate, zone, amount_cents, issued_at FROM citations"
    if conds:
        query += " WHERE " + " AND ".join(conds)

    with psycopg2.connect("dbname=parking") as conn, conn.cursor() as cur:
        cur.execute(query, values)
        for row in cur.fetchall():
            print(*row, sep="\t")


if __name__ == "__main__":
    main()
