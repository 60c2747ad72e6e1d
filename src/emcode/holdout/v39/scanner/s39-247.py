import argparse
import sqlite3


def main():
    parser = argparse.ArgumentParser(description="Count collar fixes per species")
    parser.add_argument("species")
    parser.add_argument("--db", default="tracking.sqlite")
    args = parser.parse_args()

    con = sqlite3.connect(args.db)
    cur = con.cursor()
    stmt = ("SELECT COUNT(*) FROM fixes JOIN animals ON animals.tag = fixes.tag "
            "WHERE animals.species = ?")
    cur.execute(stmt, (args.species,))
    print(cur.fetchone()[0])


if __name__ == "__main__":
    main()
