import csv
import re
import sqlite3
import sys

IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


def check_ident(name: str) -> str:
    if not IDENT.fullmatch(name):
        raise SystemExit(f"invalid identifier: {name!r}")
    return name


def import_csv(db_path: str, table: str, csv_path: str) -> None:
    table = check_ident(table)
    conn = sqlite3.connect(db_path)
    with open(csv_path, newline="") as fh:
        reader = csv.reader(fh)
        header = [check_ident(h) for h in next(reader)]
        cols = ", ".join(f'"{h}" TEXT' for h in header)
        conn.execute(f'CREATE TABLE IF NOT EXISTS "{table}" ({cols})')
        marks = ", ".join("?" for _ in header)
        conn.executemany(f'INSERT INTO "{table}" VALUES ({marks})', reader)
    conn.commit()


if __name__ == "__main__":
    import_csv(*sys.argv[1:4])
