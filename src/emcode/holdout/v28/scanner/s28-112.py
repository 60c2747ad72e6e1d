import sys
import sqlite3


def main():
    vessel = sys.argv[1]
    con = sqlite3.connect("freight.db")
    cur = con.cursor()
    q = "SELECT container_id, port, status FROM containers"
    q += " WHERE vessel = '" + vessel + "'"
    cur.execute(q)
    for cid, port, status in cur.fetchall():
        print(f"{cid:<12}{port:<14}{sta