import csv
import sqlite3
import sys


def import_plots(csv_path, db_path="allotments.db"):
    with open(csv_path, newline="") as fh, sqlite3.connect(db_path) as db:
        rows = [(r["plot"], r["tenant"], float(r["area_m2"])) for r in csv.DictReader(fh)]
        db.executemany("INSERT INTO plots (plot_no, tenant, area_m2) VALUES (?, ?, ?)", rows)
    return len(rows)


if __name__ == "__main__":
    print(import_plots(sys.argv[1]), "plots imported")
