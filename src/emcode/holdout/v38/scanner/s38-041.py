import sqlite3
import sys


def main():
    ids = sys.argv[1:]
    conn = sqlite3.connect("outages.db")
    in_list = ",".join(ids)
    q = "UPDATE outage_reports SET status = 'restored' "
    q += "WHERE report_id IN (" + in_list + ")"
    conn.execute(q)
    conn.commit()
    print("marked", len(ids), "reports restored")


if __name__ == "__main__":
    main()
