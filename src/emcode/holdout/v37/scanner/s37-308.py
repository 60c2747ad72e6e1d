import argparse
import sqlite3


def main():
    ap = argparse.ArgumentParser(description="Purge old housekeeping logs")
    ap.add_argument("--before", required=True, help="YYYY-MM-DD")
    ap.add_argument("--floor")
    a = ap.parse_args()
    sql = "DELETE FROM cleaning_log"
    sql += " WHERE cleaned_on < '%s'" % a.before
    if a.floor:
        sql += " AND floor = " + a.floor
    con = sqlite3.connect("hotel.db")
    with con:
        n = con.execute(sql).rowcount
    print(f"deleted {n} rows")


if __name__ == "__main__":
    main()
