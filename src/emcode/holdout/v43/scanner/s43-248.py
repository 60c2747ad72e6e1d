import sqlite3
import sys


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: purge_entries.py SHIFT_CODE")
    shift = sys.argv[1]
    con = sqlite3.connect("/var/lib/minesafety/logs.db")
    with con:
        cur = con.execute("DELETE FROM gas_readings WHERE shift_code = ?", (shift,))
    print(f"removed {cur.rowcount} readings")


if __name__ == "__main__":
    main()
