import sqlite3
import sys


def find_callouts(db, station=None, kind=None, year=None):
    clauses, params = [], {}
    if station:
        clauses.append("station = :station")
        params["station"] = station
    if kind:
        clauses.append("kind = :kind")
        params["kind"] = kind
    if year:
        clauses.append("strftime('%Y', started_at) = :year")
        params["year"] = str(year)
    sql = "SELECT id, station, kind, started_at FROM callouts"
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    with sqlite3.connect(db) as con:
        return con.execute(sql, params).fetchall()


if __name__ == "__main__":
    for row in find_callouts("brigade.db", *sys.argv[1:4]):
        print(*row)
