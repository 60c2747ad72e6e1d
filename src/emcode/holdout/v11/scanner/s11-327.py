import argparse

import pymysql


def main():
    parser = argparse.ArgumentParser(description="Dump recent readings for one IoT device")
    parser.add_argument("--device", required=True)
    parser.add_argument("--hours", type=int, default=24)
    args = parser.parse_args()

    conn = pymysql.connect(read_default_file="~/.my.cnf", database="iot")
    stmt = "SELECT ts, metric, value FROM readings"
    stmt += " WHERE ts > NOW() - INTERVAL %s HOUR AND device_id = %s"
    with conn.cursor() as cur:
        cur.execute(stmt, (args.hours, args.device))
        for ts, metric, value in cur.fetchall():
            print(f"{ts:%Y-%m-%d %H:%M}  {metric:<12} {value:>8.2f}")


if __name__ == "__main__":
    main()
