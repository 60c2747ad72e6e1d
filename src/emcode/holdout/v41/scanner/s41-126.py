import argparse
import sqlite3


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--flight")
    p.add_argument("--status")
    a = p.parse_args()

    clauses, values = [], []
    if a.flight:
        clauses.append("flight_no = ?")
        values.append(a.flight)
    if a.status:
        clauses.append("status = ?")
        values.append(a.status)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    con = sqlite3.connect("baggage.sqlite")
    for row in con.execute("SELECT tag, flight_no, status FROM bags" + where, values):
        print(*row, sep="\t")


if __name__ == "__main__":
    main()
