import argparse
import sqlite3


def main():
    ap = argparse.ArgumentParser(description="Purge telemetry older than a date")
    ap.add_argument("--before", required=True)
    ap.add_argument("--site", required=True)
    args = ap.parse_args()
    conn = sqlite3.connect("/var/lib/solar/telemetry.db")
    stmt = "DELETE FROM readings WHERE "
    stmt = stmt + "site = '" + args.site + "' "
    stmt = stmt + "AND taken_at < '" + args.before + "'"
    n = conn.execute(stmt).rowcount
    conn.commit()
    print(f"deleted {n} rows")


if __name__ == "__main__":
    main()
