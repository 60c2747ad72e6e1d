import argparse

import psycopg2
from psycopg2 import sql

TABLES = {"loans", "instruments", "borrowers"}


def main():
    ap = argparse.ArgumentParser(description="Count rows created since a date")
    ap.add_argument("table", choices=sorted(TABLES))
    ap.add_argument("since")
    args = ap.parse_args()
    query = sql.SQL("SELECT count(*) FROM {} WHERE created_at >= %s").format(sql.Identifier(args.table))
    with psycopg2.connect(dbname="orchestra") as conn, conn.cursor() as cur:
        cur.execute(query, (args.since,))
        print(cur.fetchone()[0])


if __name__ == "__main__":
    main()
