import csv
import sqlite3
import sys


def import_routes(csv_path, db_path="tickets.db"):
    con = sqlite3.connect(db_path)
    con.execute(
        "CREATE TABLE IF NOT EXISTS fares (route TEXT, zone_from INT, zone_to INT, price_cents INT)"
    )
    with open(csv_path, newline="") as fh:
        rows = [
            (r["route"], int(r["zone_from"]), int(r["zone_to"]), int(r["price_cents"]))
            for r in csv.DictReader(fh)
        ]
    con.executemany("INSERT INTO fares VALUES (?, ?, ?, ?)", rows)
    con.commit()
    return len(rows)


if __name__ == "__main__":
    print(import_routes(sys.argv[1]), "fares imported")
