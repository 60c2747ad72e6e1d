import argparse

import psycopg2
from psycopg2 import sql

TABLES = {"hourly": "levels_hourly", "daily": "levels_daily"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("granularity", choices=TABLES)
    ap.add_argument("station")
    args = ap.parse_args()

    q = sql.SQL("SELECT ts, level_mm FROM {} WHERE station = %s ORDER BY ts DESC LIMIT 20").format(
        sql.Identifier(TABLES[args.granularity]))
    with psycopg2.connect("dbname=tides") as con, con.cursor() as cur:
        cur.execute(q, (args.station,))
        for ts, lvl in cur:
            print(ts, lvl)


if __name__ == "__main__":
    main()
