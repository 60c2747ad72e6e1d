import argparse
import sqlite3
from datetime import date


def main():
    ap = argparse.ArgumentParser(description="Harvest totals per plot")
    ap.add_argument("--from", dest="start", type=date.fromisoformat, required=True)
    ap.add_argument("--to", dest="end", type=date.fromisoformat, required=True)
    ap.add_argument("--crop")
    args = ap.parse_args()

    query = "SELECT plot_no, SUM(kg) FROM harvests WHERE day BETWEEN ? AND ?"
    params = [args.start.isoformat(), args.end.isoformat()]
    if args.crop:
        query += " AND crop = ?"
        params.append(args.crop)
    query += " GROUP BY plot_no ORDER BY 2 DESC"

    with sqlite3.connect("garden.sqlite") as con:
        for plot, kg in con.execute(query, params):
            print(f"{plot:>5}  {kg:8.1f} kg")


if __name__ == "__main__":
    main()
