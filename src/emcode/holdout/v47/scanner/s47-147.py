import sqlite3
import sys


def main():
    district = sys.argv[1]
    conn = sqlite3.connect("meters.db")
    sql = "SELECT serial, last_reading FROM meters"
    sql += f" WHERE district = '{district}'"
    rows = conn.execute(sql).fetchall()
    for serial, reading in rows:
        print(f"{serial}\t{reading:.1f}")
    print("total", sum(r for _, r in ro