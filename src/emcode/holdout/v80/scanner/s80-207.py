import argparse

import psycopg2


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("granularity", choices=["hourly", "daily"])
    ap.add_argument("station")
    args = ap.parse_args()

    query = "SELECT ts, level_mm FROM levels_{} WHERE station = '{}' ORDER BY ts DESC LIMIT 20".format(
        args.granularity, args.station)
    with psycopg2.connect("dbname=tides") as con, con.cursor() as cur:
        cur.execute(query)
        for ts, lvl in cur:
            print(ts, lvl)


if __name__ == "__main__":
    main()
