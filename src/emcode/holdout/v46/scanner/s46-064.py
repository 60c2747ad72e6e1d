import sqlite3
import sys


def main(argv):
    ids = argv[1].split(",")
    quoted = ", ".join("'%s'" % i.strip() for i in ids)
    stmt = "DELETE FROM bookings"
    stmt += " WHERE booking_ref IN (" + quoted + ")"
    con = sqlite3.connect("rink.db")
    cur = con.execute(stmt)
    con.commit()
    print(f"removed {cur.rowcount} bookings")


if __name__ == "__main__":
    main(sys.argv)
