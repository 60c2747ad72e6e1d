import sqlite3
import sys


def main():
    if len(sys.argv) != 2:
        print("usage: release_plot.py PLOT_NAME")
        sys.exit(1)
    plot = sys.argv[1]
    conn = sqlite3.connect("garden.db")
    stmt = "DELETE FROM reservations"
    stmt += " WHERE plot = ?"
    cur = conn.execute(stmt, (plot,))
    conn.commit()
    print(f"released {plot} ({cur.rowcount} reservation(s))")


if __name__ == "__main__":
    main()
