import argparse

import pymysql


def main():
    parser = argparse.ArgumentParser(description="Dump recent readings for one IoT device")
    parser.add_argument("--device", required=True)
    parser.add_argument("--hours", type=int, default=24)
    args = parser.parse_args()

    conn = pymysql.connect(host="localhost", user="telemetry", database="iot", read_default_file="~/.my.cnf")
    base = "SELECT ts, metric, value FROM readings WHERE ts > NOW() - INTERVAL %d HOUR" % args.hours
    stmt = base + " AND device_id = '{}'".format(args.device)
    with conn.cursor() as cur:
        cur.execute(stmt)
        for ts, metric, value in cur.fetchall():
            print(f"{ts:%Y-%m-%d %H:%M}  {metric:<12} {value:>8.2f}")


if __name__ == "__main__":
    main()
