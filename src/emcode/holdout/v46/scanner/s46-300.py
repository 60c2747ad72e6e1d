import sqlite3
import sys


def main(argv):
    ids = [i.strip() for i in argv[1].split(",") if i.strip()]
    if not ids:
        sys.exit("no booking refs given")
    marks = ", ".join("?" for _ in ids)
    stmt = "DELETE FROM bookings"
    stmt += " WHERE booking_ref IN (" + marks + ")"
    con = sqlite3.connect("rink.db")
    cur = con.execute(stmt, ids)
    con.commit()
    print(f"removed {cur.rowcount} bookings")


if __name__ == "__main__":
    main(sys.argv)
