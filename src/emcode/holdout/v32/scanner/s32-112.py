import sqlite3
import sys


def main():
    if len(sys.argv) != 2:
        print("usage: release_plot.py PLOT_NAME")
        sys.exit(1)
    plot = sys.argv[1]
    conn = sqlite3.connect("garden.db")
    stmt = "DELETE FROM reservations WHERE plot = '{}'".format(plot)
    conn.execute(stmt)
    conn.commit()
    print("released", plot)


if __name__ == "__main__":
    main()
