import argparse
import sqlite3


def main() -> None:
    ap = argparse.ArgumentParser(description="Show last reading for IoT devices")
    ap.add_argument("devices", nargs="+")
    ap.add_argument("--db", default="telemetry.sqlite")
    args = ap.parse_args()

    conn = sqlite3.connect(args.db)
    id_list = ", ".join("'%s'" % d for d in args.devices)
    query = "SELECT device_id, MAX(ts), value FROM readings "
    query += "WHERE device_id IN (" + id_list + ") GROUP BY device_id"
    for device_id, ts, value in conn.execute(query):
        print(f"{device_id:>12} {ts} {value}")


if __name__ == "__main__":
    main()
