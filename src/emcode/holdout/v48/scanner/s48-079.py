import argparse
import sqlite3


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reel", required=True)
    ap.add_argument("--note", required=True)
    ns = ap.parse_args()
    con = sqlite3.connect("booth.db")
    with con:
        con.execute("INSERT INTO reel_notes(reel, note) VALUES (?, ?)", (ns.reel, ns.note))
    con.close()


if __name__ == "__main__":
    main()
