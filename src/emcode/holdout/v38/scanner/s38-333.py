import sqlite3
import sys


def main():
    ids = [int(a) for a in sys.argv[1:]]
    if not ids:
        sys.exit("usage: restore.py REPORT_ID...")
    conn = sqlite3.connect("outages.db")
    marks = ",".join("?" for _ in ids)
    q = "UPDATE outage_reports SET status = 'restored' "
    q += "WHERE report_id IN (" + marks + ")"
    conn.execute(q, ids)
    conn.commit()
    print("marked", len(ids), "reports restored")


if __name__ == "__main__":
    main()
