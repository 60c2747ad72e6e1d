import argparse
import sqlite3


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--db", default="dispatch.sqlite")
    p.add_argument("zones", nargs="+")
    a = p.parse_args()

    query = "SELECT id, rider, zone FROM jobs WHERE status = 'open' AND zone IN ("
    query += ", ".join("'%s'" % z for z in a.zones)
    query += ")"

    con = sqlite3.connect(a.db)
    for row in con.execute(query):
        print(*row, sep="\t")


if __name__ == "__main__":
    main()
